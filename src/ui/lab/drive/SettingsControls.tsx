/**
 * The run's settings: one-way delays, and the ISNs (random by default through a seed that is
 * shown and can be reused, or chosen). A change recomputes the whole run.
 */
import type { EndpointId, Scenario } from '../../../sim/index.ts';
import { useMessagesWith } from '../../run/index.ts';
import { randomSeed } from '../randomSeed.ts';
import { CommitField } from './CommitField.tsx';
import { FOCUS_ATTRIBUTE } from './focusKeys.ts';
import { LabDetails } from './LabDetails.tsx';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

const U32_MAX = 0xffff_ffff;
const MAX_DELAY_MS = 60_000;

export interface SettingsControlsProps {
  base: Scenario;
  onChange: (base: Scenario) => void;
  /** Which cards are open, kept across restarts of the player. */
  open: Set<string>;
}

export function SettingsControls({ base, onChange, open }: SettingsControlsProps) {
  const t = useMessagesWith(labCatalogues);
  const isn = (endpoint: EndpointId, value: number | null): void => {
    onChange({ ...base, [endpoint]: { ...base[endpoint], isn: value } });
  };
  return (
    <>
      <LabDetails id="delays" title={t.lab.delays} open={open}>
        <div className="lab-stack" role="group" aria-label={t.lab.delays}>
          <CommitField
            label={t.lab.delayFrom.client}
            value={base.delayMs.clientToServer}
            min={0}
            max={MAX_DELAY_MS}
            focusKey="delay-client"
            onCommit={(v) => {
              onChange({ ...base, delayMs: { ...base.delayMs, clientToServer: v ?? 0 } });
            }}
          />
          <CommitField
            label={t.lab.delayFrom.server}
            value={base.delayMs.serverToClient}
            min={0}
            max={MAX_DELAY_MS}
            focusKey="delay-server"
            onCommit={(v) => {
              onChange({ ...base, delayMs: { ...base.delayMs, serverToClient: v ?? 0 } });
            }}
          />
          <p className="lab-hint">{t.lab.delaysNote}</p>
        </div>
      </LabDetails>
      <LabDetails id="isns" title={t.lab.isns} open={open}>
        <div className="lab-stack" role="group" aria-label={t.lab.isns}>
          <div className="seed-row">
            <CommitField
              label={t.lab.seed}
              value={base.seed}
              min={0}
              max={U32_MAX}
              focusKey="seed"
              onCommit={(v) => {
                onChange({ ...base, seed: v ?? base.seed });
              }}
            />
            <button
              type="button"
              className="lab-button"
              {...{ [FOCUS_ATTRIBUTE]: 'new-seed' }}
              onClick={() => {
                onChange({ ...base, seed: randomSeed() });
              }}
            >
              {t.lab.newSeed}
            </button>
          </div>
          {(['client', 'server'] as const).map((endpoint) => (
            <CommitField
              key={endpoint}
              label={t.lab.isnOf(t.endpoint[endpoint])}
              value={base[endpoint].isn}
              min={0}
              max={U32_MAX}
              placeholder={t.lab.isnFromSeed}
              focusKey={`isn-${endpoint}`}
              onCommit={(v) => {
                isn(endpoint, v);
              }}
            />
          ))}
          <p className="lab-hint">{t.lab.isnWhy}</p>
        </div>
      </LabDetails>
    </>
  );
}
