/** What the student has done so far, oldest first: the session's log as it will be exported. */
import { flagsText } from '../../../sim/index.ts';
import { useMessagesWith } from '../../run/index.ts';
import { FROM_THE_START, type LabAction, seconds } from '../../../lab/index.ts';
import { LabDetails } from './LabDetails.tsx';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

export function ActionLog({ actions, open }: { actions: readonly LabAction[]; open: Set<string> }) {
  const t = useMessagesWith(labCatalogues);
  return (
    <LabDetails id="log" title={`${t.lab.log} (${String(actions.length)})`} open={open}>
      {actions.length === 0 ? (
        <p className="lab-hint">{t.lab.logEmpty}</p>
      ) : (
        <ol className="action-log">
          {actions.map((a, i) => (
            <li key={i}>
              {a.kind === 'call'
                ? t.lab.logCall(
                    t.endpoint[a.endpoint],
                    t.lab.callLabel[a.call],
                    a.call === 'send' ? (a.bytes ?? null) : null,
                    seconds(a.t),
                  )
                : a.kind === 'fault'
                  ? t.lab.logFault(a.fault, t.endpoint[a.from], a.index, a.t === FROM_THE_START)
                  : t.lab.logAttack({
                      endpoint: t.endpoint[a.target],
                      flags: flagsText(a.flags),
                      seq: a.seq,
                      ack: a.ack,
                      len: a.len,
                      address: a.address,
                      seconds: seconds(a.t),
                    })}
            </li>
          ))}
        </ol>
      )}
    </LabDetails>
  );
}
