/**
 * lost-final-ack: why TIME-WAIT exists. The client's last ACK is lost; the server in LAST-ACK
 * retransmits its FIN after one RTO (RFC 6298); the client, still in TIME-WAIT, acknowledges it
 * again and restarts the 2 MSL timeout (RFC 9293 §3.10.7.4, TIME-WAIT, eighth step; Linux too).
 */
import { run, threeWayHandshake } from '../../helpers/scenario-driver.ts';

const C = 1000;
const S = 5000;
const D = 100;
const RTO = 1000;
const TWO_MSL = 2 * 120_000;

describe('lost-final-ack', () => {
  const sim = run('lost-final-ack');
  const serverFinAt = 800;
  const lastAckAt = serverFinAt + D; // 900: the client enters TIME-WAIT
  const finAgainAt = serverFinAt + RTO; // 1800
  const reAckAt = finAgainAt + D; // 1900: TIME-WAIT restarts here

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      client: { isn: C },
      server: { isn: S },
      delayMs: { clientToServer: D, serverToClient: D },
      mslMs: TWO_MSL / 2,
      rto: { initialMs: RTO, minMs: RTO },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: 500, endpoint: 'client', call: 'close' },
        { t: serverFinAt, endpoint: 'server', call: 'close' },
      ],
      // Client transmissions: SYN, ACK, FIN, final ACK.
      network: { drop: [{ from: 'client', index: 4 }] },
    });
  });

  it('re-acknowledges the retransmitted FIN from TIME-WAIT', () => {
    sim.expectSegments([
      ...threeWayHandshake({ clientIsn: C, serverIsn: S, connectAt: 10, delayMs: D }),
      { from: 'client', flags: 'FIN+ACK', seq: C + 1, ack: S + 1, t: 500 },
      { from: 'server', flags: 'ACK', seq: S + 1, ack: C + 2, t: 600 },
      { from: 'server', flags: 'FIN+ACK', seq: S + 1, ack: C + 2, t: serverFinAt },
      { from: 'client', flags: 'ACK', seq: C + 2, ack: S + 2, t: lastAckAt, lost: true },
      // The same FIN, SEQ 5001, one RTO later.
      {
        from: 'server',
        flags: 'FIN+ACK',
        seq: S + 1,
        ack: C + 2,
        retransmission: true,
        t: finAgainAt,
        arrivesAt: reAckAt,
      },
      // <SEQ=SND.NXT><ACK=RCV.NXT>: the same ACK again.
      { from: 'client', flags: 'ACK', seq: C + 2, ack: S + 2, t: reAckAt, arrivesAt: reAckAt + D },
    ]);
  });

  it('restarts 2 MSL when the FIN comes again, so TIME-WAIT ends 2 MSL after 1900', () => {
    expect(
      sim.timers('client', 'time-wait').map((e) => [e.t, e.action, e.durationMs ?? null]),
    ).toEqual([
      [lastAckAt, 'start', TWO_MSL],
      [reAckAt, 'start', TWO_MSL],
      [reAckAt + TWO_MSL, 'expire', null],
    ]);
    sim.expectStateTimes('client', [
      [10, 'SYN-SENT'],
      [210, 'ESTABLISHED'],
      [500, 'FIN-WAIT-1'],
      [700, 'FIN-WAIT-2'],
      [lastAckAt, 'TIME-WAIT'],
      [reAckAt + TWO_MSL, 'CLOSED'],
    ]);
  });

  it('keeps the server in LAST-ACK until the second ACK arrives', () => {
    sim.expectStateTimes('server', [
      [0, 'LISTEN'],
      [110, 'SYN-RECEIVED'],
      [310, 'ESTABLISHED'],
      [600, 'CLOSE-WAIT'],
      [serverFinAt, 'LAST-ACK'],
      [reAckAt + D, 'CLOSED'],
    ]);
    expect(
      sim.timers('server', 'retransmit').map((e) => [e.t, e.action, e.durationMs ?? null]),
    ).toEqual([
      [110, 'start', RTO],
      [310, 'stop', null],
      [serverFinAt, 'start', RTO],
      [finAgainAt, 'expire', null],
      [finAgainAt, 'start', 2 * RTO],
      [reAckAt + D, 'stop', null],
    ]);
  });
});
