import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

export type MenuItem =
  | { label: string; onSelect: () => void }
  /** A page to open in a new tab (the loop, its review). */
  | { label: string; href: string };

interface MenuButtonProps {
  label: string;
  items: MenuItem[];
  disabled?: boolean;
  /** A name that says whose choices they are ("More actions for Dana Hill"), when the label alone does not. */
  ariaLabel?: string;
  /** The opener's content when it is not the label (an icon); the label stays its accessible name. */
  children?: ComponentChildren;
  class?: string;
}

/**
 * A button that discloses a short list of choices (snooze for a day, a week, a month; the channel a
 * message went by). A disclosure of real buttons rather than an ARIA menu: Tab and Enter work as
 * everywhere else, Escape closes and gives focus back, and leaving the group closes it.
 */
export function MenuButton({
  label,
  items,
  disabled,
  ariaLabel,
  children,
  class: className,
}: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLFieldSetElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    list.current?.querySelector<HTMLElement>('button, a')?.focus();
    // A press anywhere else closes it (a blur alone would not: some browsers focus nothing on click).
    const outside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    opener.current?.focus();
  };
  // Tabbing out of the group closes it.
  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && !wrapper.current?.contains(next)) setOpen(false);
  };
  return (
    <div class={className ? `menu ${className}` : 'menu'} ref={wrapper}>
      <button
        ref={opener}
        type="button"
        aria-label={ariaLabel}
        aria-expanded={open}
        aria-controls={id}
        disabled={disabled}
        onClick={() => setOpen(!open)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      >
        {children ?? (
          <>
            {label}
            <span aria-hidden="true" class="menu-caret">
              ▾
            </span>
          </>
        )}
      </button>
      {open && (
        <fieldset ref={list} id={id} class="menu-items">
          <legend class="visually-hidden">{ariaLabel ?? label}</legend>
          {items.map((item) =>
            'href' in item ? (
              <a
                key={item.label}
                class="button"
                href={item.href}
                target="_blank"
                rel="noreferrer"
                onKeyDown={onKeyDown}
                onBlur={onBlur}
                onClick={() => setOpen(false)}
              >
                {item.label}
              </a>
            ) : (
              <button
                key={item.label}
                type="button"
                onKeyDown={onKeyDown}
                onBlur={onBlur}
                onClick={() => {
                  setOpen(false);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            ),
          )}
        </fieldset>
      )}
    </div>
  );
}
