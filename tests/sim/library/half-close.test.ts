/**
 * half-close: the client sends 100 bytes and closes its direction; the server, in CLOSE-WAIT,
 * still sends 2 x 1000 bytes, which the client in FIN-WAIT-2 receives and acknowledges
 * (RFC 9293 §3.6: a closed side "may continue to RECEIVE").
 */
import { run, seqPlus, threeWayHandshake } from '../../helpers/scenario-driver.ts';

const C = 1000;
const S = 5000;
const D = 100;
const TWO_MSL = 2 * 120_000;

describe('half-close', () => {
  const sim = run('half-close');

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      client: { isn: C },
      server: { isn: S },
      delayMs: { clientToServer: D, serverToClient: D },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: 400, endpoint: 'client', call: 'send', bytes: 100 },
        { t: 500, endpoint: 'client', call: 'close' },
        { t: 800, endpoint: 'server', call: 'send', bytes: 1000 },
        { t: 1000, endpoint: 'server', call: 'send', bytes: 1000 },
        { t: 1400, endpoint: 'server', call: 'close' },
      ],
    });
  });

  it('sends the exact segments', () => {
    const cFin = C + 1 + 100; // 1101
    const s1 = S + 1; // 5001
    const s2 = s1 + 1000; // 6001
    const sFin = s2 + 1000; // 7001
    sim.expectSegments([
      ...threeWayHandshake({ clientIsn: C, serverIsn: S, connectAt: 10, delayMs: D }),
      { from: 'client', flags: 'PSH+ACK', seq: C + 1, ack: s1, len: 100, t: 400 },
      // At t = 500 calls come before arrivals: close() sends the FIN (SEQ = 1001 + 100) first,
      // then the server acknowledges the data that arrives at the same instant.
      { from: 'client', flags: 'FIN+ACK', seq: cFin, ack: s1, t: 500 },
      { from: 'server', flags: 'ACK', seq: s1, ack: cFin, t: 500 },
      // The FIN arrives at 600: ACK = 1101 + 1.
      { from: 'server', flags: 'ACK', seq: s1, ack: cFin + 1, t: 600 },
      // CLOSE-WAIT may still send (§3.10.2).
      { from: 'server', flags: 'PSH+ACK', seq: s1, ack: cFin + 1, len: 1000, t: 800 },
      // FIN-WAIT-2 still receives (§3.10.7.4 seventh) and acknowledges at once.
      { from: 'client', flags: 'ACK', seq: cFin + 1, ack: s2, t: 900 },
      { from: 'server', flags: 'PSH+ACK', seq: s2, ack: cFin + 1, len: 1000, t: 1000 },
      { from: 'client', flags: 'ACK', seq: cFin + 1, ack: sFin, t: 1100 },
      { from: 'server', flags: 'FIN+ACK', seq: sFin, ack: cFin + 1, t: 1400 },
      { from: 'client', flags: 'ACK', seq: cFin + 1, ack: seqPlus(sFin, 1), t: 1500 },
    ]);
  });

  it('keeps the client in FIN-WAIT-1 until its FIN itself is acknowledged', () => {
    // The ACK of 1101 (sent at 500) covers the data but not the FIN at 1101: §3.10.7.4 FIN-WAIT-1
    // moves on only "if our FIN is now acknowledged", i.e. ACK = 1102 (arrives at 700).
    sim.expectStateTimes('client', [
      [10, 'SYN-SENT'],
      [210, 'ESTABLISHED'],
      [500, 'FIN-WAIT-1'],
      [700, 'FIN-WAIT-2'],
      [1500, 'TIME-WAIT'],
      [1500 + TWO_MSL, 'CLOSED'],
    ]);
  });

  it('takes the server through CLOSE-WAIT (where it still sends) and LAST-ACK', () => {
    sim.expectStateTimes('server', [
      [0, 'LISTEN'],
      [110, 'SYN-RECEIVED'],
      [310, 'ESTABLISHED'],
      [600, 'CLOSE-WAIT'],
      [1400, 'LAST-ACK'],
      [1600, 'CLOSED'],
    ]);
  });
});
