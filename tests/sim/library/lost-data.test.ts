/**
 * lost-data: 100 bytes are lost. No ACK comes, the retransmission timer (RTO 1 s: the 200 ms
 * handshake RTT gives 600 ms, raised to the 1 s floor of RFC 6298 §2.4) expires and the same
 * bytes go again with the same SEQ (§5.4), the RTO doubling (§5.5).
 */
import { run, threeWayHandshake } from '../../helpers/scenario-driver.ts';

const C = 1000;
const S = 5000;
const D = 100;
const SEND_AT = 400;
const BYTES = 100;
const RTO = 1000;
const TWO_MSL = 2 * 120_000;

describe('lost-data', () => {
  const sim = run('lost-data');
  const resendAt = SEND_AT + RTO; // 1400

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      client: { isn: C },
      server: { isn: S },
      delayMs: { clientToServer: D, serverToClient: D },
      rto: { initialMs: RTO, minMs: RTO },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: SEND_AT, endpoint: 'client', call: 'send', bytes: BYTES },
        { t: 2000, endpoint: 'client', call: 'close' },
        { t: 2300, endpoint: 'server', call: 'close' },
      ],
      // The client's third transmission: SYN, ACK, then the data.
      network: { drop: [{ from: 'client', index: 3 }] },
    });
  });

  it('resends the lost bytes with the same SEQ one RTO later', () => {
    const cFin = C + 1 + BYTES; // 1101
    sim.expectSegments([
      ...threeWayHandshake({ clientIsn: C, serverIsn: S, connectAt: 10, delayMs: D }),
      {
        from: 'client',
        flags: 'PSH+ACK',
        seq: C + 1,
        ack: S + 1,
        len: BYTES,
        t: SEND_AT,
        lost: true,
      },
      {
        from: 'client',
        flags: 'PSH+ACK',
        seq: C + 1,
        ack: S + 1,
        len: BYTES,
        retransmission: true,
        t: resendAt,
        arrivesAt: resendAt + D,
      },
      { from: 'server', flags: 'ACK', seq: S + 1, ack: cFin, t: resendAt + D },
      { from: 'client', flags: 'FIN+ACK', seq: cFin, ack: S + 1, t: 2000 },
      { from: 'server', flags: 'ACK', seq: S + 1, ack: cFin + 1, t: 2100 },
      { from: 'server', flags: 'FIN+ACK', seq: S + 1, ack: cFin + 1, t: 2300 },
      { from: 'client', flags: 'ACK', seq: cFin + 1, ack: S + 2, t: 2400 },
    ]);
  });

  it('doubles the RTO and keeps it backed off until a new RTT sample (Karn)', () => {
    // RFC 6298 §5.5 doubles the RTO; §3 (Karn): the ACK of a retransmitted segment gives no RTT
    // sample, so the backed-off 2 s still applies to the FIN sent at 2000.
    expect(
      sim.timers('client', 'retransmit').map((e) => [e.t, e.action, e.durationMs ?? null]),
    ).toEqual([
      [10, 'start', RTO],
      [210, 'stop', null],
      [SEND_AT, 'start', RTO],
      [resendAt, 'expire', null],
      [resendAt, 'start', 2 * RTO],
      [resendAt + 2 * D, 'stop', null],
      [2000, 'start', 2 * RTO],
      [2200, 'stop', null],
    ]);
  });

  it('visits the normal close states', () => {
    sim
      .expectStateTimes('client', [
        [10, 'SYN-SENT'],
        [210, 'ESTABLISHED'],
        [2000, 'FIN-WAIT-1'],
        [2200, 'FIN-WAIT-2'],
        [2400, 'TIME-WAIT'],
        [2400 + TWO_MSL, 'CLOSED'],
      ])
      .expectStateTimes('server', [
        [0, 'LISTEN'],
        [110, 'SYN-RECEIVED'],
        [310, 'ESTABLISHED'],
        [2100, 'CLOSE-WAIT'],
        [2300, 'LAST-ACK'],
        [2500, 'CLOSED'],
      ]);
  });
});
