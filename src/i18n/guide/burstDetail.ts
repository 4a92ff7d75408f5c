/**
 * A burst's numbers as one line, in the ladder's own notation (the same in every language, as
 * the segment labels are): each number that changes across the burst as "first…last".
 */
import type { NumbersText } from '../messages.ts';

function range(a: number, b: number): string {
  return a === b ? String(a) : `${String(a)}…${String(b)}`;
}

export function burstDetail(first: NumbersText, last: NumbersText): string {
  const seq = `seq ${range(first.seq, last.seq)}`;
  const ack = first.ack === null || last.ack === null ? '' : ` ack ${range(first.ack, last.ack)}`;
  const len = ` len ${range(first.len, last.len)}`;
  return `${seq}${ack}${len}`;
}
