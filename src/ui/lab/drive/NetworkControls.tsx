/**
 * The network between the endpoints: drop, delay or duplicate either side's next segment, see
 * what is set to happen, or drop the selected segment while it is in flight.
 */
import { useId, useState } from 'react';
import type { EndpointId } from '../../../sim/index.ts';
import { useMessagesWith } from '../../run/index.ts';
import type { FaultKind, LabFault } from '../../../lab/index.ts';
import { FOCUS_ATTRIBUTE } from './focusKeys.ts';
import { InFlightDrop } from './InFlightDrop.tsx';
import type { ActNow } from './useActNow.ts';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

const FAULTS: readonly FaultKind[] = ['drop', 'delay', 'duplicate'];
const ENDPOINTS: readonly EndpointId[] = ['client', 'server'];
const MAX_DELAY_MS = 60_000;

export interface NetworkControlsProps {
  act: ActNow;
  /** Faults set on segments not sent yet at this moment. */
  pending: readonly LabFault[];
}

export function NetworkControls({ act, pending }: NetworkControlsProps) {
  const t = useMessagesWith(labCatalogues);
  const headingId = useId();
  const delayId = useId();
  const [delayText, setDelayText] = useState('300');
  const delay = Number(delayText);
  const delayValid = Number.isInteger(delay) && delay >= 1 && delay <= MAX_DELAY_MS;
  return (
    <section className="lab-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="lab-card-title">
        {t.lab.network}
      </h3>
      {ENDPOINTS.map((from) => (
        <div
          key={from}
          className="fault-row"
          role="group"
          aria-label={t.lab.nextSegmentFrom(t.endpoint[from])}
        >
          <span className={`fault-who is-${from}`} aria-hidden="true">
            {t.lab.nextSegmentFrom(t.endpoint[from])}
          </span>
          <span className="fault-buttons">
            {FAULTS.map((fault) => (
              <button
                key={fault}
                type="button"
                className="lab-button"
                aria-label={t.lab.faultButton(fault, t.endpoint[from])}
                aria-disabled={fault === 'delay' && !delayValid}
                {...{ [FOCUS_ATTRIBUTE]: `fault-${from}-${fault}` }}
                onClick={() => {
                  if (fault === 'delay' && !delayValid) return;
                  act.fault(fault, from, fault === 'delay' ? delay : null);
                }}
              >
                {t.lab.faultName[fault]}
              </button>
            ))}
          </span>
        </div>
      ))}
      <label className="inline-field" htmlFor={delayId}>
        {t.lab.extraDelay}
        <input
          id={delayId}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_DELAY_MS}
          value={delayText}
          aria-invalid={!delayValid}
          onChange={(e) => {
            setDelayText(e.target.value);
          }}
        />
      </label>
      {pending.length > 0 && (
        <div className="pending">
          <h4>{t.lab.pending}</h4>
          <ul>
            {pending.map((f) => (
              <li key={`${f.fault}-${f.from}-${String(f.index)}`}>
                {t.lab.pendingFault(f.fault, t.endpoint[f.from], f.index, f.ms ?? null)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <InFlightDrop onDrop={act.dropInFlight} />
    </section>
  );
}
