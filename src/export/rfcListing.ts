/**
 * The run as RFC 9293 draws it in its figures (§3.5, §3.6): one numbered line per segment, TCP A
 * (the client) on the left, TCP B (the server) on the right, each side's state after the line,
 * `-->` and `<--` for the direction and `...` for a segment still on its way.
 *
 *     1.  CLOSED                                 LISTEN
 *     2.  SYN-SENT    --> <SEQ=100><CTL=SYN>     --> SYN-RECEIVED
 */
import type { EndpointId, SendEvent, Trace } from '../sim/index.ts';
import {
  basesAt,
  relativeBases,
  showSeq,
  type NumberMode,
  type RelativeBases,
} from '../layout/index.ts';
import { segmentStory, type SettledMoment } from './segmentEvents.ts';
import type { TextExportOptions } from './mermaid.ts';
import { DEFAULT_EXPORT_WORDS } from './words.ts';

/** The control bits in the order the RFC's figures write them (`SYN,ACK`, `FIN,ACK`). */
const CTL_ORDER = ['SYN', 'FIN', 'RST', 'PSH', 'ACK', 'URG', 'ECE', 'CWR'] as const;

/** `<SEQ=100><ACK=301><CTL=SYN,ACK>`, with `<DATA len=N>` when it carries data. */
export function rfcSegmentText(send: SendEvent, mode: NumberMode, allBases: RelativeBases): string {
  const bases = basesAt(allBases, send.t);
  const seq = showSeq(send.seq, send.from, mode, bases);
  const ack = send.ack === null ? null : showSeq(send.ack, send.to, mode, bases);
  const ctl = CTL_ORDER.filter((f) => send.flags.includes(f)).join(',');
  return [
    `<SEQ=${seq}>`,
    ack === null ? '' : `<ACK=${ack}>`,
    ctl === '' ? '' : `<CTL=${ctl}>`,
    send.len > 0 ? `<DATA len=${send.len}>` : '',
  ].join('');
}

interface Row {
  left: string;
  arrowLeft: '-->' | '<--' | '...' | '';
  segment: string;
  arrowRight: '-->' | '<--' | '...' | '';
  right: string;
  note: string;
}

function statesRow(states: Record<EndpointId, string>): Row {
  return {
    left: states.client,
    arrowLeft: '',
    segment: '',
    arrowRight: '',
    right: states.server,
    note: '',
  };
}

/** The RFC 9293-style listing of a run. */
export function rfcListing(trace: Trace, options: TextExportOptions): string {
  const words = options.words ?? DEFAULT_EXPORT_WORDS;
  const bases = relativeBases(trace);
  const story = segmentStory(trace);
  const rows: Row[] = [statesRow(story.initial)];
  const moments = story.moments;
  const lost = `(${words.lost})`;

  for (let i = 0; i < moments.length; i++) {
    const m = moments[i] as SettledMoment;
    const send = m.moment.send;
    const segment = rfcSegmentText(send, options.mode, bases);
    const rightward = send.from === 'client';
    if (m.moment.kind === 'send') {
      const tags: string[] = [];
      if (send.retransmission) tags.push(words.retransmission);
      if (send.duplicateOf !== undefined) tags.push(words.duplicate);
      const note = tags.length > 0 ? `(${tags.join(', ')})` : '';
      const next = moments[i + 1];
      const arrivesNext =
        !m.moment.lost && next?.moment.kind === 'arrive' && next.moment.send.id === send.id;
      if (m.moment.lost) {
        rows.push(
          rightward
            ? {
                left: m.states.client,
                arrowLeft: '-->',
                segment,
                arrowRight: '...',
                right: lost,
                note,
              }
            : {
                left: lost,
                arrowLeft: '...',
                segment,
                arrowRight: '<--',
                right: m.states.server,
                note,
              },
        );
      } else if (arrivesNext) {
        const after = next.states;
        rows.push(
          rightward
            ? {
                left: m.states.client,
                arrowLeft: '-->',
                segment,
                arrowRight: '-->',
                right: after.server,
                note,
              }
            : {
                left: after.client,
                arrowLeft: '<--',
                segment,
                arrowRight: '<--',
                right: m.states.server,
                note,
              },
        );
        i++;
      } else {
        rows.push(
          rightward
            ? {
                left: m.states.client,
                arrowLeft: '-->',
                segment,
                arrowRight: '...',
                right: '',
                note,
              }
            : {
                left: '',
                arrowLeft: '...',
                segment,
                arrowRight: '<--',
                right: m.states.server,
                note,
              },
        );
      }
    } else {
      rows.push(
        rightward
          ? {
              left: '',
              arrowLeft: '...',
              segment,
              arrowRight: '-->',
              right: m.states.server,
              note: '',
            }
          : {
              left: m.states.client,
              arrowLeft: '<--',
              segment,
              arrowRight: '...',
              right: '',
              note: '',
            },
      );
    }
  }
  rows.push(statesRow(story.final));

  const numberWidth = Math.max(4, String(rows.length).length + 2);
  const leftWidth = Math.max(...rows.map((r) => r.left.length));
  const segmentWidth = Math.max(...rows.map((r) => r.segment.length));
  const rightStart = numberWidth + leftWidth + 1 + 3 + 1 + segmentWidth + 1 + 3 + 1;
  const headerA = `TCP A (${words.endpoint.client} :${trace.endpoints.client.port})`;
  const headerB = `TCP B (${words.endpoint.server} :${trace.endpoints.server.port})`;
  const header = `${' '.repeat(numberWidth)}${headerA.padEnd(Math.max(rightStart - numberWidth, headerA.length + 2))}${headerB}`;

  const lines = rows.map((r, i) => {
    const number = `${i + 1}.`.padEnd(numberWidth);
    if (r.segment === '')
      return `${number}${r.left.padEnd(rightStart - numberWidth)}${r.right}`.trimEnd();
    const middle = `${r.left.padEnd(leftWidth)} ${r.arrowLeft.padEnd(3)} ${r.segment.padEnd(segmentWidth)} ${r.arrowRight.padEnd(3)} `;
    return `${number}${middle}${r.right}${r.note === '' ? '' : `  ${r.note}`}`.trimEnd();
  });
  const title = options.title === undefined ? [] : [options.title.replace(/[\r\n]+/g, ' '), ''];
  return `${[...title, header, '', ...lines.flatMap((l) => [l, ''])].join('\n').trimEnd()}\n`;
}
