/**
 * One part of a prediction (the next state, the flags, SEQ or ACK) as a group of radio buttons,
 * drawn as large targets for a thumb. After the check it shows which was right.
 */
import { useId } from 'react';

export interface ChoiceGroupProps {
  legend: string;
  options: readonly { key: string; label: string; right: boolean }[];
  picked: number | null;
  /** Once checked, the answer is shown and the group is read-only. */
  checked: boolean;
  onPick: (index: number) => void;
}

export function ChoiceGroup({ legend, options, picked, checked, onPick }: ChoiceGroupProps) {
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      <div className="choices">
        {options.map((o, i) => {
          const classes = [
            'choice',
            picked === i ? 'is-picked' : '',
            checked && o.right ? 'is-right' : '',
            checked && picked === i && !o.right ? 'is-wrong' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <label key={o.key} className={classes}>
              <input
                type="radio"
                name={name}
                checked={picked === i}
                disabled={checked}
                onChange={() => {
                  onPick(i);
                }}
              />
              <span className="choice-label">{o.label}</span>
              {checked && o.right && <span className="choice-mark">✓</span>}
              {checked && picked === i && !o.right && <span className="choice-mark">✗</span>}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
