/**
 * time-wait-reconnect-higher-isn: the server closes first, so it waits in TIME-WAIT with
 * SND.NXT = 5000 + 2 = 5002 (SYN and FIN) and RCV.NXT = 1000 + 2 = 1002. The client, CLOSED,
 * connects again from the same port with ISN 3000. RFC 9293 §3.6.1 (MAY-2): TIME-WAIT may
 * accept a new SYN and reopen directly if its new ISS is above every sequence number the old
 * connection used; Linux accepts because SEG.SEQ 3000 is after RCV.NXT 1002 and picks
 * ISS = 5002 + 65535 + 2 = 70539. The SYN+ACK acknowledges 3001; the client's ACK 70540
 * completes the new connection.
 */
import type { StateEvent } from '../../../src/sim/index.ts';
import { run, threeWayHandshake } from '../../helpers/scenario-driver.ts';

const C = 1000;
const C2 = 3000;
const S = 5000;
const D = 100;
const S2 = S + 2 + 65537;

describe('time-wait-reconnect-higher-isn', () => {
  const sim = run('time-wait-reconnect-higher-isn');

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      client: { isn: C, laterIsns: [C2] },
      server: { isn: S },
      delayMs: { clientToServer: D, serverToClient: D },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: 400, endpoint: 'server', call: 'close' },
        { t: 700, endpoint: 'client', call: 'close' },
        { t: 1000, endpoint: 'client', call: 'connect' },
      ],
    });
  });

  it('sends the exact segments: the old close, then a SYN that TIME-WAIT accepts', () => {
    sim.expectSegments([
      ...threeWayHandshake({ clientIsn: C, serverIsn: S, connectAt: 10, delayMs: D }),
      { from: 'server', flags: 'FIN+ACK', seq: S + 1, ack: C + 1, t: 400, arrivesAt: 500 },
      { from: 'client', flags: 'ACK', seq: C + 1, ack: S + 2, t: 500 },
      { from: 'client', flags: 'FIN+ACK', seq: C + 1, ack: S + 2, t: 700, arrivesAt: 800 },
      { from: 'server', flags: 'ACK', seq: S + 2, ack: C + 2, t: 800, arrivesAt: 900 },
      // The reconnect from the same port: SEQ = the second ISN, no ACK flag.
      { from: 'client', flags: 'SYN', seq: C2, ack: null, t: 1000, arrivesAt: 1100 },
      { from: 'server', flags: 'SYN+ACK', seq: S2, ack: C2 + 1, t: 1100, arrivesAt: 1200 },
      { from: 'client', flags: 'ACK', seq: C2 + 1, ack: S2 + 1, t: 1200, arrivesAt: 1300 },
    ]);
    expect(sim.segment(9).why.code).toBe('send-syn-ack');
  });

  it('goes from TIME-WAIT straight to SYN-RECEIVED, and both sides end ESTABLISHED', () => {
    sim
      .expectStateTimes('server', [
        [0, 'LISTEN'],
        [110, 'SYN-RECEIVED'],
        [310, 'ESTABLISHED'],
        [400, 'FIN-WAIT-1'],
        [600, 'FIN-WAIT-2'],
        [800, 'TIME-WAIT'],
        [1100, 'SYN-RECEIVED'],
        [1300, 'ESTABLISHED'],
      ])
      .expectStateTimes('client', [
        [10, 'SYN-SENT'],
        [210, 'ESTABLISHED'],
        [500, 'CLOSE-WAIT'],
        [700, 'LAST-ACK'],
        [900, 'CLOSED'],
        [1000, 'SYN-SENT'],
        [1200, 'ESTABLISHED'],
      ])
      .expectFinal({ client: 'ESTABLISHED', server: 'ESTABLISHED' });
    const reopen = sim.trace.events.find(
      (e): e is StateEvent =>
        e.type === 'state' && e.endpoint === 'server' && e.from === 'TIME-WAIT',
    );
    expect(reopen?.why).toMatchObject({
      code: 'syn-in-time-wait',
      params: { seq: C2, oldRcvNxt: C + 2, iss: S2 },
    });
  });

  it('stops the 2 MSL timer when the connection reopens', () => {
    expect(sim.timers('server', 'time-wait').map((e) => [e.t, e.action])).toEqual([
      [800, 'start'],
      [1100, 'stop'],
    ]);
  });
});
