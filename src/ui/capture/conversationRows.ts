/** The conversation list's columns: how each is read for sorting, and the close kind. */
import type { ConversationSummary } from './workerProtocol.ts';

export type ConversationColumn =
  'stream' | 'a' | 'b' | 'packets' | 'bytes' | 'duration' | 'handshake' | 'close';

export const CONVERSATION_COLUMNS: readonly ConversationColumn[] = [
  'stream',
  'a',
  'b',
  'packets',
  'bytes',
  'duration',
  'handshake',
  'close',
];

export type SortDirection = 'ascending' | 'descending';

export interface ConversationSort {
  column: ConversationColumn;
  direction: SortDirection;
}

/** How a conversation ended, as far as the capture shows. */
export type CloseKind = 'fin' | 'rst' | 'both' | 'none';

export function closeKind(c: ConversationSummary): CloseKind {
  if (c.sawFin && c.sawRst) return 'both';
  if (c.sawFin) return 'fin';
  if (c.sawRst) return 'rst';
  return 'none';
}

const CLOSE_ORDER: Record<CloseKind, number> = { none: 0, fin: 1, rst: 2, both: 3 };

/** Addresses compare as written, then by port numerically. */
function compareEndpoints(x: ConversationSummary['a'], y: ConversationSummary['a']): number {
  if (x.address !== y.address) return x.address < y.address ? -1 : 1;
  return x.port - y.port;
}

function compareBy(column: ConversationColumn, x: ConversationSummary, y: ConversationSummary) {
  switch (column) {
    case 'stream':
      return x.stream - y.stream;
    case 'a':
      return compareEndpoints(x.a, y.a);
    case 'b':
      return compareEndpoints(x.b, y.b);
    case 'packets':
      return x.packets - y.packets;
    case 'bytes':
      return x.bytes - y.bytes;
    case 'duration':
      return x.duration - y.duration;
    case 'handshake':
      return Number(x.hasHandshake) - Number(y.hasHandshake);
    case 'close':
      return CLOSE_ORDER[closeKind(x)] - CLOSE_ORDER[closeKind(y)];
  }
}

/** A sorted copy; ties keep stream order, whichever the direction. */
export function sortConversations(
  rows: readonly ConversationSummary[],
  sort: ConversationSort,
): ConversationSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((x, y) => sign * compareBy(sort.column, x, y) || x.stream - y.stream);
}

/**
 * The sort after a click on a column heading: the same column flips, a new one starts with
 * what is most useful first (streams and endpoints ascending, counts and sizes largest first).
 */
export function nextSort(current: ConversationSort, column: ConversationColumn): ConversationSort {
  if (current.column === column) {
    return {
      column,
      direction: current.direction === 'ascending' ? 'descending' : 'ascending',
    };
  }
  const ascendingFirst = column === 'stream' || column === 'a' || column === 'b';
  return { column, direction: ascendingFirst ? 'ascending' : 'descending' };
}
