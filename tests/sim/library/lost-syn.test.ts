/**
 * lost-syn: the SYN and its first retransmission are lost. RFC 6298 §2.1: the initial RTO is
 * 1 s; §5.5: on expiry the RTO doubles; §5.4: the earliest unacknowledged segment is resent.
 */
import { run, seqPlus } from '../../helpers/scenario-driver.ts';

const C = 1000;
const S = 5000;
const D = 100;
const CONNECT_AT = 10;
const RTO = 1000;

describe('lost-syn', () => {
  const sim = run('lost-syn');
  const first = CONNECT_AT; // 10
  const second = first + RTO; // 1010: RTO 1 s
  const third = second + 2 * RTO; // 3010: backed off to 2 s

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      client: { isn: C },
      server: { isn: S },
      delayMs: { clientToServer: D, serverToClient: D },
      rto: { initialMs: RTO },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: CONNECT_AT, endpoint: 'client', call: 'connect' },
      ],
      network: {
        drop: [
          { from: 'client', index: 1 },
          { from: 'client', index: 2 },
        ],
      },
    });
  });

  it('retransmits the same SYN after 1 s and after 2 s more', () => {
    sim.expectSegments([
      {
        from: 'client',
        flags: 'SYN',
        seq: C,
        ack: null,
        t: first,
        arrivesAt: first + D,
        lost: true,
      },
      // A retransmitted SYN is the same segment: SEQ = ISS, still no ACK flag.
      {
        from: 'client',
        flags: 'SYN',
        seq: C,
        ack: null,
        retransmission: true,
        lost: true,
        t: second,
        arrivesAt: second + D,
      },
      {
        from: 'client',
        flags: 'SYN',
        seq: C,
        ack: null,
        retransmission: true,
        t: third,
        arrivesAt: third + D,
      },
      { from: 'server', flags: 'SYN+ACK', seq: S, ack: seqPlus(C, 1), t: third + D },
      { from: 'client', flags: 'ACK', seq: C + 1, ack: S + 1, t: third + 2 * D },
    ]);
    expect([sim.segment(2).retransmissionOf, sim.segment(3).retransmissionOf]).toEqual([
      sim.segment(1).id,
      sim.segment(1).id,
    ]);
  });

  it('drops each lost SYN half-way through its flight', () => {
    const drops = sim.trace.events.filter((e) => e.type === 'drop').map((e) => e.t);
    expect(drops).toEqual([first + D / 2, second + D / 2]);
  });

  it('runs the retransmission timer 1 s, 2 s, 4 s, stopped by the SYN+ACK', () => {
    expect(
      sim.timers('client', 'retransmit').map((e) => [e.t, e.action, e.durationMs ?? null]),
    ).toEqual([
      [first, 'start', RTO],
      [second, 'expire', null],
      [second, 'start', 2 * RTO],
      [third, 'expire', null],
      [third, 'start', 4 * RTO],
      [third + 2 * D, 'stop', null],
    ]);
  });

  it('stays in SYN-SENT through the retries', () => {
    sim
      .expectStates('client', ['CLOSED', 'SYN-SENT', 'ESTABLISHED'])
      .expectStates('server', ['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED'])
      .expectStateTimes('client', [
        [CONNECT_AT, 'SYN-SENT'],
        [third + 2 * D, 'ESTABLISHED'],
      ])
      .expectStateTimes('server', [
        [0, 'LISTEN'],
        [third + D, 'SYN-RECEIVED'],
        [third + 3 * D, 'ESTABLISHED'],
      ]);
  });
});
