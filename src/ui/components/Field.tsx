import { type ComponentChildren, cloneElement, isValidElement, type VNode } from 'preact';
import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  children: ComponentChildren;
  /** A short help line under the control, linked to it as its description (not part of its name). */
  hint?: string;
  class?: string;
}

/** A label that wraps its control, so every input is named by its visible label. */
export function Field({ label, children, hint, class: className }: FieldProps) {
  const hintId = useId();
  const control =
    hint && isValidElement(children)
      ? cloneElement(children as VNode<{ 'aria-describedby'?: string }>, { 'aria-describedby': hintId })
      : children;
  return (
    <div class={className ? `field ${className}` : 'field'}>
      {/* biome-ignore lint/a11y/noLabelWithoutControl: the control is the child this label wraps. */}
      <label class="field-control">
        <span class="field-label">{label}</span>
        {control}
      </label>
      {hint && (
        <span id={hintId} class="field-hint muted">
          {hint}
        </span>
      )}
    </div>
  );
}

/** A checkbox with its label to the right. */
export function CheckField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label class="check-field">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  );
}
