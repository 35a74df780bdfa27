import { useEffect, useId, useRef, useState } from 'preact/hooks';

export interface MenuItem {
  label: string;
  onSelect: () => void;
}

interface MenuButtonProps {
  label: string;
  items: MenuItem[];
  disabled?: boolean;
}

/**
 * A button that discloses a short list of choices (snooze for a day, a week, a month; the channel a
 * message went by). A disclosure of real buttons rather than an ARIA menu: Tab and Enter work as
 * everywhere else, Escape closes and gives focus back, and leaving the group closes it.
 */
export function MenuButton({ label, items, disabled }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLFieldSetElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    list.current?.querySelector('button')?.focus();
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
    <div class="menu" ref={wrapper}>
      <button
        ref={opener}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        disabled={disabled}
        onClick={() => setOpen(!open)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      >
        {label}
        <span aria-hidden="true" class="menu-caret">
          ▾
        </span>
      </button>
      {open && (
        <fieldset ref={list} id={id} class="menu-items">
          <legend class="visually-hidden">{label}</legend>
          {items.map((item) => (
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
          ))}
        </fieldset>
      )}
    </div>
  );
}
