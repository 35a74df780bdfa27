interface ChoiceSelectProps<T extends string> {
  /** The chosen value; '' for none. */
  value: string;
  choices: readonly T[];
  label: (choice: T) => string;
  /** Called with the chosen value ('' when `none` is chosen). */
  onChange: (choice: T) => void;
  /** A first option for "none" (value ''), which may be disabled once a value is set. */
  none?: { label: string; disabled?: boolean };
}

/** A select over a fixed list of values — stages, roles, kinds, channels — each shown by its label. */
export function ChoiceSelect<T extends string>({
  value,
  choices,
  label,
  onChange,
  none,
}: ChoiceSelectProps<T>) {
  return (
    <select value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
      {none && (
        <option value="" disabled={none.disabled}>
          {none.label}
        </option>
      )}
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {label(choice)}
        </option>
      ))}
    </select>
  );
}
