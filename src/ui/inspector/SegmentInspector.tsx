/**
 * The header of the selected segment: ports, SEQ, ACK, the six classic flag bits, window,
 * options, LEN, and what became of it. Loaded on first use, not in the first view.
 */
import { flagBits, shownNumbers } from '../../layout/index.ts';
import type { SegmentOptions } from '../../sim/index.ts';
import { type Messages, segmentStatus } from '../../i18n/index.ts';
import { useMessages, useNumberMode, useRun, useSelection, useCursor } from '../run/index.ts';
import { flagsText } from '../../sim/index.ts';

function optionList(options: SegmentOptions, t: Messages): string[] {
  const out: string[] = [];
  if (options.mss !== undefined) out.push(t.optionMss(options.mss));
  if (options.windowScale !== undefined) out.push(t.optionWindowScale(options.windowScale));
  if (options.sackPermitted === true) out.push(t.optionSackPermitted);
  if (options.sack !== undefined && options.sack.length > 0) {
    out.push(`${t.optionSack} ${options.sack.map(([l, r]) => `${l}–${r}`).join(', ')}`);
  }
  if (options.timestamps !== undefined) {
    out.push(`${t.optionTimestamps} ${options.timestamps.value}/${options.timestamps.echoReply}`);
  }
  return out;
}

export default function SegmentInspector({ id }: { id: number }) {
  const t = useMessages();
  const run = useRun();
  const mode = useNumberMode();
  const cursor = useCursor();
  const { select } = useSelection();
  const track = run.segmentsById.get(id);
  if (track === undefined) return null;
  const s = track.send;
  const n = run.segmentNumber.get(id) ?? id;
  const nums = shownNumbers(s, mode, run.bases);
  const options = optionList(s.options, t);
  const progress =
    cursor < track.sendStep
      ? t.statusNotSent
      : track.endStep === null || cursor < track.endStep
        ? t.statusInFlight
        : track.outcome === 'dropped'
          ? t.statusLost
          : t.statusDelivered;
  const status = [progress, ...segmentStatus(track, run, t).filter((x) => x !== t.statusLost)];
  if (!s.retransmission && s.duplicateOf === undefined) status.push(t.statusFirst);
  return (
    <div className="inspector-body">
      <div className="inspector-head">
        <h3 className={`inspector-title from-${s.from}`}>
          {t.segmentTitle(n, t.endpoint[s.from], t.endpoint[s.to])}
          <span className="inspector-flags">{flagsText(s.flags)}</span>
        </h3>
        <button
          type="button"
          className="text-button"
          onClick={() => {
            select(null);
          }}
        >
          {t.closeInspector}
        </button>
      </div>
      <dl className="header-fields">
        <div>
          <dt>{t.field.srcPort}</dt>
          <dd>{s.srcPort}</dd>
        </div>
        <div>
          <dt>{t.field.dstPort}</dt>
          <dd>{s.dstPort}</dd>
        </div>
        <div>
          <dt>{t.field.seq}</dt>
          <dd>{nums.seq}</dd>
        </div>
        <div>
          <dt>{t.field.ack}</dt>
          <dd>{nums.ack ?? t.notSet}</dd>
        </div>
        <div className="wide">
          <dt>{t.field.flags}</dt>
          <dd>
            <table className="flag-bits">
              <thead>
                <tr>
                  {flagBits(s.flags).map((b) => (
                    <th key={b.flag} scope="col">
                      {b.flag}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  {flagBits(s.flags).map((b) => (
                    <td key={b.flag} className={b.bit === 1 ? 'bit-on' : 'bit-off'}>
                      {b.bit}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </dd>
        </div>
        <div>
          <dt>{t.field.window}</dt>
          <dd>{s.window}</dd>
        </div>
        <div>
          <dt>{t.field.len}</dt>
          <dd>{s.len}</dd>
        </div>
        <div className="wide">
          <dt>{t.field.options}</dt>
          <dd>{options.length > 0 ? options.join(' · ') : t.noOptions}</dd>
        </div>
        <div className="wide">
          <dt>{t.field.status}</dt>
          <dd>{status.join(' · ')}</dd>
        </div>
      </dl>
    </div>
  );
}
