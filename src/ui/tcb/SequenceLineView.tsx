/**
 * One direction's sequence space as a line (layout's `sequenceLine`): the sender's SYN and FIN
 * slots, what is acknowledged, sent and not acknowledged, the usable window, this step's segment
 * and the ACK at the next byte expected, with the wrap past 2^32 marked. Each stretch differs by
 * pattern and label, not colour alone; the list under it states the same ranges in words.
 */
import { showSeq, type SeqSpan, type SequenceLine } from '../../layout/index.ts';
import { peerOf } from '../../sim/index.ts';
import { tcbCatalogues } from '../../i18n/tcb/catalogues.ts';
import { useMessagesWith, useNumberMode, useRun } from '../run/index.ts';

const W = 320;
const PAD = 12;
const BAR_Y = 22;
const BAR_H = 12;
/** A slot one number wide is drawn at least this wide. */
const MIN_W = 4;

const px = (x: number): number => PAD + x * (W - 2 * PAD);
/** A label at `x` stays inside the line: anchored at its start near the left, its end near the right. */
const anchorAt = (x: number): 'start' | 'middle' | 'end' =>
  x < 0.2 ? 'start' : x > 0.8 ? 'end' : 'middle';

export function SequenceLineView({ line }: { line: SequenceLine }) {
  const t = useMessagesWith(tcbCatalogues);
  const mode = useNumberMode();
  const { bases } = useRun();
  const words = t.tcb.line;
  const num = (v: number): string => String(showSeq(v, line.from, mode, bases));
  const rect = (s: SeqSpan) => {
    const x = px(s.x0);
    return { x, width: Math.max(px(s.x1) - x, MIN_W) };
  };
  const spansOf = (kind: SeqSpan['kind']) => line.spans.filter((s) => s.kind === kind);
  const segment = spansOf('segment')[0];
  const patternId = `tcb-hatch-${line.from}`;
  const sentences: string[] = [];
  for (const s of line.spans) {
    if (s.kind === 'syn' || s.kind === 'fin')
      sentences.push(words.slot(words.spans[s.kind], num(s.from)));
    else if (s.kind === 'segment' && s.from === s.to)
      sentences.push(words.emptySegment(num(s.from)));
    else sentences.push(words.range(words.spans[s.kind], num(s.from), num(s.to)));
  }
  if (line.ack !== null) sentences.push(words.ackAt(num(line.ack.value)));
  if (line.wrapX !== null) sentences.push(words.wrapsAt(String(2 ** 32 - 1)));
  const title = words.direction(t.endpoint[line.from], t.endpoint[peerOf(line.from)]);

  return (
    <figure className="seq-line" data-from={line.from}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${String(W)} 64`} className="seq-line-svg" aria-hidden="true">
        <defs>
          <pattern
            id={patternId}
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="2" height="4" className="seq-hatch" />
          </pattern>
        </defs>
        <line
          x1={PAD}
          x2={W - PAD}
          y1={BAR_Y + BAR_H / 2}
          y2={BAR_Y + BAR_H / 2}
          className="seq-axis"
        />
        {spansOf('acked').map((s) => (
          <rect key="acked" {...rect(s)} y={BAR_Y} height={BAR_H} className="seq-acked" />
        ))}
        {spansOf('unacked').map((s) => (
          <rect
            key="unacked"
            {...rect(s)}
            y={BAR_Y}
            height={BAR_H}
            fill={`url(#${patternId})`}
            className="seq-unacked"
          />
        ))}
        {spansOf('usable').map((s) => (
          <rect key="usable" {...rect(s)} y={BAR_Y + 1} height={BAR_H - 2} className="seq-usable" />
        ))}
        {line.windowBroken && (
          <text x={px(0.7)} y={BAR_Y + BAR_H - 2} className="seq-break">
            ≈
          </text>
        )}
        {[...spansOf('syn'), ...spansOf('fin')].map((s) => {
          const r = rect(s);
          return (
            <g key={s.kind}>
              <rect {...r} y={BAR_Y - 2} height={BAR_H + 4} className="seq-slot" />
              <text x={r.x + r.width / 2} y={BAR_Y - 5} className="seq-label" textAnchor="middle">
                {words.spans[s.kind]}
              </text>
            </g>
          );
        })}
        {segment !== undefined && (
          <rect {...rect(segment)} y={BAR_Y - 6} height={BAR_H + 12} className="seq-segment" />
        )}
        {line.ack !== null && (
          <g className="seq-ack">
            <path d={`M${String(px(line.ack.x))} ${String(BAR_Y + BAR_H + 2)} l-5 9 h10 z`} />
            <text
              x={px(line.ack.x)}
              y={BAR_Y + BAR_H + 18}
              textAnchor={anchorAt(line.ack.x)}
              className="seq-label"
            >
              {words.ack} {num(line.ack.value)}
            </text>
          </g>
        )}
        {line.wrapX !== null && (
          <g className="seq-wrap">
            <line x1={px(line.wrapX)} x2={px(line.wrapX)} y1={6} y2={BAR_Y + BAR_H + 6} />
            <text x={px(line.wrapX)} y={8} textAnchor="middle" className="seq-label">
              {words.wrap}
            </text>
          </g>
        )}
        <text x={PAD} y={62} className="seq-label">
          {words.isn} {num(line.iss)}
        </text>
      </svg>
      <ul className="seq-line-text">
        {sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </figure>
  );
}
