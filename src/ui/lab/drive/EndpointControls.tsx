/**
 * One endpoint's socket calls, each enabled exactly when its machine takes the call now (as
 * the simulation's machine answers), with the states it needs when not.
 */
import { useId, useState } from 'react';
import { statesAccepting, type CallName, type EndpointId } from '../../../sim/index.ts';
import { useMessagesWith } from '../../run/index.ts';
import { statePhase } from '../../../layout/index.ts';
import { LAB_CALLS, type EndpointNow } from '../../../lab/index.ts';
import { CallButton } from './CallButton.tsx';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

export interface EndpointControlsProps {
  endpoint: EndpointId;
  now: EndpointNow;
  onCall: (call: CallName, bytes: number) => void;
}

const MAX_SEND_BYTES = 1_000_000;

export function EndpointControls({ endpoint, now, onCall }: EndpointControlsProps) {
  const t = useMessagesWith(labCatalogues);
  const name = t.endpoint[endpoint];
  const bytesId = useId();
  const headingId = useId();
  const [bytesText, setBytesText] = useState('100');
  const bytes = Number(bytesText);
  const bytesValid = Number.isInteger(bytes) && bytes >= 1 && bytes <= MAX_SEND_BYTES;

  const noteFor = (call: CallName): string => {
    const label = t.lab.callLabel[call];
    if (now.accepts[call]) return t.lab.callHint[call];
    const needed = statesAccepting(call);
    if (needed.includes(now.state)) return t.lab.callRefused(label, name, now.state);
    return t.lab.callNeeds(label, t.lab.orList(needed), name, now.state);
  };

  return (
    <div
      className={`lab-card endpoint-card is-${endpoint}`}
      role="group"
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="lab-card-title">
        <span className="endpoint-name">{name}</span>
        <span className={`state-badge phase-${statePhase(now.state)}`} data-state={now.state}>
          {now.state}
        </span>
      </h3>
      <div className="call-grid">
        {LAB_CALLS.map((call) =>
          call === 'send' ? (
            <span key={call} className="send-row">
              <CallButton
                label={t.lab.callLabel.send}
                enabled={now.accepts.send && bytesValid}
                note={noteFor('send')}
                focusKey={`${endpoint}-send`}
                onPress={() => {
                  onCall('send', bytes);
                }}
              />
              <label className="bytes-field" htmlFor={bytesId}>
                <span className="visually-hidden">{`${name} `}</span>
                {t.lab.bytes}
                <input
                  id={bytesId}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={MAX_SEND_BYTES}
                  value={bytesText}
                  aria-invalid={!bytesValid}
                  onChange={(e) => {
                    setBytesText(e.target.value);
                  }}
                />
              </label>
            </span>
          ) : (
            <CallButton
              key={call}
              label={t.lab.callLabel[call]}
              enabled={now.accepts[call]}
              note={noteFor(call)}
              focusKey={`${endpoint}-${call}`}
              onPress={() => {
                onCall(call, 0);
              }}
            />
          ),
        )}
      </div>
    </div>
  );
}
