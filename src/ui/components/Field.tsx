import type { ComponentChildren } from 'preact';

interface FieldProps {
  label: string;
  children: ComponentChildren;
  /** A short help line under the control. */
  hint?: string;
  class?: string;
}

/** A label that wraps its control, so every input is named by its visible label. */
export function Field({ label, children, hint, class: className }: FieldProps) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child this label wraps.
    <label class={className ? `field ${className}` : 'field'}>
      <span class="field-label">{label}</span>
      {children}
      {hint && <span class="field-hint muted">{hint}</span>}
    </label>
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
