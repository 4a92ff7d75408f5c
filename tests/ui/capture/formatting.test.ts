/** Conversation list formatting and sorting, and the warning summary. */
import {
  endpointText,
  formatSeconds,
  formatSize,
  percentRead,
} from '../../../src/i18n/captureFormat.ts';
import {
  closeKind,
  nextSort,
  sortConversations,
} from '../../../src/ui/capture/conversationRows.ts';
import { skippedList, warningLines, warningTotal } from '../../../src/ui/capture/warningSummary.ts';
import type { ConversationSummary } from '../../../src/ui/capture/workerProtocol.ts';

const row = (stream: number, extra: Partial<ConversationSummary> = {}): ConversationSummary => ({
  stream,
  a: { address: '10.0.0.1', port: 40000 + stream },
  b: { address: '10.0.0.2', port: 80 },
  packets: 10,
  bytes: 1000,
  payloadBytes: 0,
  start: 0,
  duration: 1,
  sawSyn: true,
  sawSynAck: true,
  sawFin: true,
  sawRst: false,
  hasHandshake: true,
  hasClose: true,
  ...extra,
});

describe('capture formatting', () => {
  it('writes endpoints as Wireshark does, with IPv6 in brackets', () => {
    expect(endpointText({ address: '127.0.0.1', port: 46827 })).toBe('127.0.0.1:46827');
    expect(endpointText({ address: '2001:618:1:8000::5', port: 80 })).toBe(
      '[2001:618:1:8000::5]:80',
    );
  });

  it('writes sizes and seconds in the language’s digits', () => {
    expect(formatSize(869, 'en')).toBe('869 B');
    expect(formatSize(1069, 'en')).toBe('1.07 kB');
    expect(formatSize(206_436, 'en')).toBe('206.4 kB');
    expect(formatSize(2_147_483_648, 'ko')).toBe('2.15 GB');
    expect(formatSeconds(1.5844779, 'en')).toBe('1.584');
    expect(percentRead(512, 2048)).toBe(25);
    expect(percentRead(5, null)).toBeNull();
  });

  it('sorts by any column, ties in stream order, and flips on a second click', () => {
    const rows = [row(0, { packets: 5 }), row(1, { packets: 50 }), row(2, { packets: 5 })];
    expect(
      sortConversations(rows, { column: 'packets', direction: 'descending' }).map((r) => r.stream),
    ).toEqual([1, 0, 2]);
    expect(
      sortConversations(rows, { column: 'packets', direction: 'ascending' }).map((r) => r.stream),
    ).toEqual([0, 2, 1]);
    const first = nextSort({ column: 'stream', direction: 'ascending' }, 'bytes');
    expect(first).toEqual({ column: 'bytes', direction: 'descending' });
    expect(nextSort(first, 'bytes')).toEqual({ column: 'bytes', direction: 'ascending' });
    expect(nextSort(first, 'a')).toEqual({ column: 'a', direction: 'ascending' });
  });

  it('tells FIN, RST, both and neither apart', () => {
    expect(closeKind(row(0))).toBe('fin');
    expect(closeKind(row(0, { sawFin: false, sawRst: true }))).toBe('rst');
    expect(closeKind(row(0, { sawRst: true }))).toBe('both');
    expect(closeKind(row(0, { sawFin: false }))).toBe('none');
  });

  it('summarizes warnings per kind with the first example', () => {
    const first = {
      code: 'ip-fragment' as const,
      offset: 2304,
      packet: 17,
      message: 'packet 17 at byte 2,304: an IP fragment',
      stopped: false,
    };
    const lines = warningLines({ 'ip-fragment': 3, 'not-tcp': 9 }, [first]);
    expect(lines).toEqual([
      { code: 'ip-fragment', count: 3, first },
      { code: 'not-tcp', count: 9, first: null },
    ]);
    expect(warningTotal({ 'ip-fragment': 3, 'not-tcp': 9 })).toBe(12);
    expect(skippedList({ ARP: 3, UDP: 9 }, String)).toBe('UDP 9, ARP 3');
  });
});
