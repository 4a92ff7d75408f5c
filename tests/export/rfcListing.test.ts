import { rfcListing, rfcSegmentText } from '../../src/export/index.ts';
import { relativeBases } from '../../src/layout/index.ts';
import { getScenario } from '../../src/scenarios/index.ts';
import { simulate, type SendEvent } from '../../src/sim/index.ts';
import { handshakeDataClose, lostSyn } from '../helpers/traces.ts';

/** The listing's numbered lines with runs of spaces collapsed, for reading the words. */
function rowsOf(listing: string): string[] {
  return listing
    .split('\n')
    .filter((l) => /^\d+\./.test(l))
    .map((l) => l.replace(/ +/g, ' '));
}

describe('RFC 9293-style listing', () => {
  it('writes the handshake, data and close as the RFC figures do, numbers computed by hand', () => {
    const listing = rfcListing(handshakeDataClose(), { mode: 'absolute' });
    expect(listing.split('\n')[0]).toMatch(/^ {4}TCP A \(Client :49152\) +TCP B \(Server :80\)$/);
    expect(rowsOf(listing)).toEqual([
      '1. CLOSED LISTEN',
      '2. SYN-SENT --> <SEQ=1000><CTL=SYN> --> SYN-RECEIVED',
      '3. ESTABLISHED <-- <SEQ=5000><ACK=1001><CTL=SYN,ACK> <-- SYN-RECEIVED',
      // Two segments leave before the first arrives: each is drawn leaving, then arriving.
      '4. ESTABLISHED --> <SEQ=1001><ACK=5001><CTL=ACK> ...',
      '5. ESTABLISHED --> <SEQ=1001><ACK=5001><CTL=PSH,ACK><DATA len=100> ...',
      '6. ... <SEQ=1001><ACK=5001><CTL=ACK> --> ESTABLISHED',
      '7. ... <SEQ=1001><ACK=5001><CTL=PSH,ACK><DATA len=100> --> ESTABLISHED',
      // 1001 + 100 bytes = 1101.
      '8. ESTABLISHED <-- <SEQ=5001><ACK=1101><CTL=ACK> <-- ESTABLISHED',
      '9. FIN-WAIT-1 --> <SEQ=1101><ACK=5001><CTL=FIN,ACK> --> CLOSE-WAIT',
      // The FIN takes one number: 1101 + 1 = 1102.
      '10. FIN-WAIT-2 <-- <SEQ=5001><ACK=1102><CTL=ACK> <-- CLOSE-WAIT',
      '11. TIME-WAIT <-- <SEQ=5001><ACK=1102><CTL=FIN,ACK> <-- LAST-ACK',
      '12. TIME-WAIT --> <SEQ=1102><ACK=5002><CTL=ACK> --> CLOSED',
      '13. CLOSED CLOSED',
    ]);
  });

  it('lines the columns up: every arrow of a row sits in the same column', () => {
    const rows = rfcListing(handshakeDataClose(), { mode: 'absolute' })
      .split('\n')
      .filter((l) => /^\d+\.\s+\S+\s+(-->|<--|\.\.\.) </.test(l) || /^\d+\.\s+\.\.\. </.test(l));
    const arrows = (l: string): number[] =>
      [...l.matchAll(/ (-->|<--|\.\.\.)(?= |$)/g)].map((m) => m.index);
    const firstArrow = new Set(rows.map((l) => arrows(l)[0]));
    const secondArrow = new Set(rows.map((l) => arrows(l)[1]));
    expect(rows.length).toBeGreaterThan(8);
    expect(firstArrow.size).toBe(1);
    expect(secondArrow.size).toBe(1);
  });

  it('counts from each side’s ISN in relative mode', () => {
    const rows = rowsOf(rfcListing(handshakeDataClose(), { mode: 'relative' }));
    expect(rows[1]).toBe('2. SYN-SENT --> <SEQ=0><CTL=SYN> --> SYN-RECEIVED');
    expect(rows[2]).toBe('3. ESTABLISHED <-- <SEQ=0><ACK=1><CTL=SYN,ACK> <-- SYN-RECEIVED');
    expect(rows[7]).toBe('8. ESTABLISHED <-- <SEQ=1><ACK=101><CTL=ACK> <-- ESTABLISHED');
  });

  it('marks a lost segment and a retransmission, in the reader’s words', () => {
    const rows = rowsOf(
      rfcListing(lostSyn(), {
        mode: 'absolute',
        words: {
          endpoint: { client: '클라이언트', server: '서버' },
          lost: '유실',
          retransmission: '재전송',
          duplicate: '중복',
          timerExpired: {
            retransmit: 'RTO 만료',
            'time-wait': '2 MSL 만료',
            'delayed-ack': 'ACK 지연 만료',
            'fin-wait-2': 'FIN-WAIT-2 제한 만료',
          },
        },
      }),
    );
    expect(rows.slice(0, 4)).toEqual([
      '1. CLOSED LISTEN',
      '2. SYN-SENT --> <SEQ=1000><CTL=SYN> ... (유실)',
      '3. SYN-SENT --> <SEQ=1000><CTL=SYN> --> SYN-RECEIVED (재전송)',
      '4. ESTABLISHED <-- <SEQ=5000><ACK=1001><CTL=SYN,ACK> <-- SYN-RECEIVED',
    ]);
  });

  it('reads the simulator’s own traces the same way (state change before the send)', () => {
    const scenario = getScenario('basic-handshake');
    if (scenario === undefined) throw new Error('missing scenario');
    const rows = rowsOf(rfcListing(simulate(scenario), { mode: 'absolute' }));
    expect(rows).toEqual([
      '1. CLOSED LISTEN',
      '2. SYN-SENT --> <SEQ=1000><CTL=SYN> --> SYN-RECEIVED',
      '3. ESTABLISHED <-- <SEQ=5000><ACK=1001><CTL=SYN,ACK> <-- SYN-RECEIVED',
      '4. ESTABLISHED --> <SEQ=1001><ACK=5001><CTL=ACK> --> ESTABLISHED',
      '5. ESTABLISHED ESTABLISHED',
    ]);
  });

  it('writes the control bits in the RFC’s order', () => {
    const trace = handshakeDataClose();
    const fin = trace.events.find((e): e is SendEvent => e.type === 'send' && e.id === 6);
    if (fin === undefined) throw new Error('missing FIN');
    expect(rfcSegmentText(fin, 'absolute', relativeBases(trace))).toBe(
      '<SEQ=1101><ACK=5001><CTL=FIN,ACK>',
    );
  });
});
