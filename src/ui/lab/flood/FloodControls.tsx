/** The attack's settings: the listen backlog, how many forged SYNs, and SYN cookies on or off. */
import { useId } from 'react';
import { SYN_FLOOD_LIMITS, type SynFloodConfig } from '../../../sim/index.ts';
import { useMessagesWith } from '../../run/index.ts';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

export interface FloodControlsProps {
  config: SynFloodConfig;
  onChange: (config: SynFloodConfig) => void;
}

export function FloodControls({ config, onChange }: FloodControlsProps) {
  const t = useMessagesWith(labCatalogues);
  const backlogId = useId();
  const synsId = useId();
  const cookiesId = useId();
  const range = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
  return (
    <fieldset className="flood-controls">
      <legend className="visually-hidden">{t.lab.floodSettings}</legend>
      <label htmlFor={backlogId} className="inline-field">
        {t.lab.backlog}
        <select
          id={backlogId}
          value={config.backlog}
          onChange={(e) => {
            onChange({ ...config, backlog: Number(e.target.value) });
          }}
        >
          {[1, 2, 3, 4, 5, 6, 8].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={synsId} className="inline-field">
        {t.lab.attackSyns}
        <select
          id={synsId}
          value={config.attackSyns}
          onChange={(e) => {
            const { min, max } = SYN_FLOOD_LIMITS.attackSyns;
            onChange({ ...config, attackSyns: range(Number(e.target.value), min, max) });
          }}
        >
          {[0, 2, 4, 6, 8, 10, 12].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={cookiesId} className="switch-field">
        <input
          id={cookiesId}
          type="checkbox"
          checked={config.synCookies}
          onChange={(e) => {
            onChange({ ...config, synCookies: e.target.checked });
          }}
        />
        {t.lab.synCookies}
      </label>
    </fieldset>
  );
}
