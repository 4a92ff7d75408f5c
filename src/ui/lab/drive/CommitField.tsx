/**
 * A number field that commits when it loses focus or on Enter, and only a valid value: typing
 * does not restart the run on every keystroke, and a half-typed value is never applied.
 */
import { useId, useState } from 'react';
import { FOCUS_ATTRIBUTE } from './focusKeys.ts';

export interface CommitFieldProps {
  label: string;
  /** The committed value; null shows the empty field (with the placeholder). */
  value: number | null;
  min: number;
  max: number;
  /** When set, an empty field is valid and commits null. */
  placeholder?: string;
  focusKey: string;
  onCommit: (value: number | null) => void;
}

export function CommitField({
  label,
  value,
  min,
  max,
  placeholder,
  focusKey,
  onCommit,
}: CommitFieldProps) {
  const id = useId();
  const [text, setText] = useState(value === null ? '' : String(value));
  const parsed = text.trim() === '' ? null : Number(text);
  const valid =
    parsed === null
      ? placeholder !== undefined
      : Number.isInteger(parsed) && parsed >= min && parsed <= max;
  const commit = (): void => {
    if (valid && parsed !== value) onCommit(parsed);
  };
  return (
    <label className="inline-field" htmlFor={id}>
      {label}
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={text}
        placeholder={placeholder}
        aria-invalid={!valid}
        {...{ [FOCUS_ATTRIBUTE]: focusKey }}
        onChange={(e) => {
          setText(e.target.value);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </label>
  );
}
