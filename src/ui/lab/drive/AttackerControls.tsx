/**
 * The off-path attacker: compose a forged segment (flags, SEQ, ACK, LEN, the address it claims,
 * the endpoint it goes to) and inject it now or at a chosen time. The presets and the target's
 * window come from the core (attackTarget), read from the target's TCB when the segment arrives;
 * the fields are checked by the core's form reader, and each problem is said next to its field.
 */
import { useId, useMemo, useState } from 'react';
import { FORGED_FLAGS, peerOf, type EndpointId, type ForgedFlag } from '../../../sim/index.ts';
import {
  attackTarget,
  type FormField,
  type ForgedSegmentFields,
  type LabSession,
  parseForgedSegment,
  seconds,
} from '../../../lab/index.ts';
import { ChoiceSelect } from '../../kit/index.ts';
import { useMessagesWith } from '../../run/index.ts';
import { FOCUS_ATTRIBUTE } from './focusKeys.ts';
import { LabDetails } from './LabDetails.tsx';
import type { ActNow } from './useActNow.ts';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

const ENDPOINTS: readonly EndpointId[] = ['server', 'client'];
const WHEN = ['now', 'at'] as const;

export interface AttackerControlsProps {
  session: LabSession;
  /** The moment acted at. */
  moment: number;
  /** When an action taken now happens (ms): the earliest an attack can be sent. */
  earliest: number;
  act: ActNow;
  /** Which cards are open, kept across restarts of the player. */
  open: Set<string>;
}

export function AttackerControls({ session, moment, earliest, act, open }: AttackerControlsProps) {
  const t = useMessagesWith(labCatalogues);
  const id = useId();
  const [target, setTarget] = useState<EndpointId>('server');
  const [when, setWhen] = useState<(typeof WHEN)[number]>('now');
  const [time, setTime] = useState(String(earliest));
  const [flags, setFlags] = useState<readonly ForgedFlag[]>(['RST']);
  const [seq, setSeq] = useState('0');
  const [ack, setAck] = useState('');
  const [len, setLen] = useState('0');
  // Null until edited: the default address follows the target.
  const [address, setAddress] = useState<string | null>(null);
  const [tried, setTried] = useState(false);

  const chosenTime = Number(time);
  const sentAt =
    when === 'at' && /^\d+$/.test(time.trim()) && chosenTime >= earliest ? chosenTime : earliest;
  const aim = useMemo(
    () => attackTarget(session, moment, target, sentAt),
    [session, moment, target, sentAt],
  );
  const fields: ForgedSegmentFields = {
    target,
    flags,
    seq,
    ack,
    len,
    address: address ?? aim.claims.address,
    when: when === 'now' ? null : time,
  };
  const form = parseForgedSegment(fields, earliest);
  const problems = tried && !form.ok ? form.problems : [];
  const problemId = (field: FormField) => `${id}-${field}-problem`;
  const invalid = (field: FormField) => problems.some((p) => p.field === field);
  const fieldProps = (field: FormField) => ({
    id: `${id}-${field}`,
    'aria-invalid': invalid(field),
    ...(invalid(field) ? { 'aria-describedby': problemId(field) } : {}),
  });
  const withAck = flags.includes('ACK');
  const name = t.endpoint[target];

  const toggle = (flag: ForgedFlag): void => {
    setFlags(FORGED_FLAGS.filter((f) => (f === flag ? !flags.includes(f) : flags.includes(f))));
  };
  const numberField = (field: 'seq' | 'ack' | 'len', value: string, set: (v: string) => void) => (
    <label className="inline-field" htmlFor={`${id}-${field}`}>
      {t.lab.fieldName[field]}
      <input
        {...fieldProps(field)}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={field === 'ack' && !withAck ? '' : value}
        disabled={field === 'ack' && !withAck}
        onChange={(e) => {
          set(e.target.value);
        }}
      />
    </label>
  );

  return (
    <LabDetails id="attacker" title={t.lab.attacker} open={open}>
      <div className="lab-stack attack-form">
        <p className="lab-hint">{t.lab.attackerHint}</p>
        <div className="lab-row">
          <span className="inline-field">
            <ChoiceSelect
              label={t.lab.attackTo}
              value={target}
              choices={ENDPOINTS}
              nameOf={(e) => t.endpoint[e]}
              onChange={setTarget}
            />
          </span>
          <span className="inline-field">
            <ChoiceSelect
              label={t.lab.when}
              value={when}
              choices={WHEN}
              nameOf={(w) => (w === 'now' ? t.lab.whenNow : t.lab.whenAt)}
              onChange={setWhen}
            />
          </span>
          {when === 'at' && (
            <label className="inline-field" htmlFor={`${id}-time`}>
              {t.lab.fieldName.time}
              <input
                {...fieldProps('time')}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={time}
                onChange={(e) => {
                  setTime(e.target.value);
                }}
              />
            </label>
          )}
        </div>
        <p className="lab-hint">
          {aim.window === null
            ? t.lab.attackTargetNoWindow({
                endpoint: name,
                seconds: seconds(aim.arrivesAt),
                state: aim.state,
              })
            : t.lab.attackTargetWindow({
                endpoint: name,
                seconds: seconds(aim.arrivesAt),
                state: aim.state,
                ...aim.window,
              })}
        </p>
        {aim.presets.length > 0 && (
          <div className="lab-stack" role="group" aria-labelledby={`${id}-presets`}>
            <h4 id={`${id}-presets`}>{t.lab.presets}</h4>
            <div className="lab-row">
              {aim.presets.map((p) => (
                <button
                  key={p.id}
                  type="button"
                  className="lab-button"
                  onClick={() => {
                    setFlags(p.flags);
                    setSeq(String(p.seq));
                    setAck('');
                    setLen('0');
                  }}
                >
                  {t.lab.presetButton(t.lab.presetName[p.id], p.seq)}
                </button>
              ))}
            </div>
          </div>
        )}
        <fieldset className="attack-flags">
          <legend>{t.lab.flags}</legend>
          {FORGED_FLAGS.map((flag) => {
            const on = flags.includes(flag);
            return (
              <button
                key={flag}
                type="button"
                className={on ? 'lab-button is-on' : 'lab-button'}
                aria-pressed={on}
                onClick={() => {
                  toggle(flag);
                }}
              >
                {on && <span aria-hidden="true">✓ </span>}
                {flag}
              </button>
            );
          })}
        </fieldset>
        <div className="lab-row">
          {numberField('seq', seq, setSeq)}
          {numberField('ack', ack, setAck)}
          {numberField('len', len, setLen)}
        </div>
        <label className="inline-field attack-address" htmlFor={`${id}-address`}>
          {t.lab.fieldName.address}
          <input
            {...fieldProps('address')}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={fields.address}
            onChange={(e) => {
              setAddress(e.target.value);
            }}
          />
        </label>
        <p className="lab-hint">
          {t.lab.claimedPorts(t.endpoint[peerOf(target)], aim.claims.port)}
        </p>
        <button
          type="button"
          className="lab-button primary"
          {...{ [FOCUS_ATTRIBUTE]: 'attack-inject' }}
          onClick={() => {
            setTried(true);
            act.attack(fields);
          }}
        >
          {t.lab.inject}
        </button>
        {problems.length > 0 && (
          <div className="lab-notice is-error" role="alert">
            <p>{t.lab.attackProblems}</p>
            <ul>
              {problems.map((p) => (
                <li key={p.field} id={problemId(p.field)}>
                  {t.lab.fieldProblem(p.field, p)}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </LabDetails>
  );
}
