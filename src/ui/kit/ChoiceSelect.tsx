/** A labelled <select> over a fixed list of string choices, typed by the choice. */
export interface ChoiceSelectProps<T extends string> {
  label: string;
  value: T;
  choices: readonly T[];
  nameOf: (choice: T) => string;
  onChange: (choice: T) => void;
}

export function ChoiceSelect<T extends string>({
  label,
  value,
  choices,
  nameOf,
  onChange,
}: ChoiceSelectProps<T>) {
  return (
    <label>
      {label}
      <select
        value={value}
        onChange={(e) => {
          const next = choices.find((c) => c === e.currentTarget.value);
          if (next !== undefined) onChange(next);
        }}
      >
        {choices.map((c) => (
          <option key={c} value={c}>
            {nameOf(c)}
          </option>
        ))}
      </select>
    </label>
  );
}
