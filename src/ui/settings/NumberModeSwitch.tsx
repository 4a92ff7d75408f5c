/** Absolute or relative sequence numbers, as a two-option radio group. */
import type { NumberMode } from '../../layout/index.ts';
import { useMessages } from '../run/index.ts';

const MODES: readonly NumberMode[] = ['absolute', 'relative'];

export function NumberModeSwitch({
  mode,
  onChange,
}: {
  mode: NumberMode;
  onChange: (mode: NumberMode) => void;
}) {
  const t = useMessages();
  return (
    <fieldset className="segmented">
      <legend>{t.numbers}</legend>
      {MODES.map((m) => (
        <label key={m} title={t.numberModeHint[m]}>
          <input
            type="radio"
            name="number-mode"
            value={m}
            checked={mode === m}
            onChange={() => {
              onChange(m);
            }}
          />
          <span>{t.numberMode[m]}</span>
        </label>
      ))}
    </fieldset>
  );
}
