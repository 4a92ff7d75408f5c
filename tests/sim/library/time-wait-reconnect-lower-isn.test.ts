/**
 * time-wait-reconnect-lower-isn: as time-wait-reconnect-higher-isn, but the client's second
 * ISN is 500, below the server's RCV.NXT 1002.
 *
 * - TIME-WAIT does not reopen (the SYN may be an old duplicate, RFC 9293 §3.6.1). SEQ 500 is
 *   unacceptable (RFC 9293 §3.10.7.4 first check), so it sends an ACK of the old connection,
 *   <SEQ=SND.NXT=5002><ACK=RCV.NXT=1002><CTL=ACK>, and drops the SYN.
 * - In SYN-SENT that ACK acknowledges 1002, outside (ISS = 500, SND.NXT = 501]: RFC 9293
 *   §3.10.7.3, "send a reset <SEQ=SEG.ACK><CTL=RST>": a RST with SEQ 1002 and no ACK flag.
 * - 1002 is the server's RCV.NXT exactly: TIME-WAIT "enter[s] the CLOSED state, delete[s] the
 *   TCB" (§3.10.7.4 second check; Linux with tcp_rfc1337 = 0; RFC 1337 would ignore it).
 * - The server listens again at 1500 (its second open: ISN 9000). The client's SYN, resent
 *   after the initial RTO of 1 s (RFC 6298 §2.1) at 2000, opens the connection.
 */
import type { StateEvent } from '../../../src/sim/index.ts';
import { run, threeWayHandshake } from '../../helpers/scenario-driver.ts';

const C = 1000;
const C2 = 500;
const S = 5000;
const S2 = 9000;
const D = 100;
const RTO = 1000;

describe('time-wait-reconnect-lower-isn', () => {
  const sim = run('time-wait-reconnect-lower-isn');

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      client: { isn: C, laterIsns: [C2] },
      server: { isn: S, laterIsns: [S2] },
      delayMs: { clientToServer: D, serverToClient: D },
      rto: { initialMs: RTO },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: 400, endpoint: 'server', call: 'close' },
        { t: 700, endpoint: 'client', call: 'close' },
        { t: 1000, endpoint: 'client', call: 'connect' },
        { t: 1500, endpoint: 'server', call: 'listen' },
      ],
    });
  });

  it('sends the exact segments: ACK, RST, then the retransmitted SYN opens', () => {
    const resent = 1000 + RTO;
    sim.expectSegments([
      ...threeWayHandshake({ clientIsn: C, serverIsn: S, connectAt: 10, delayMs: D }),
      { from: 'server', flags: 'FIN+ACK', seq: S + 1, ack: C + 1, t: 400 },
      { from: 'client', flags: 'ACK', seq: C + 1, ack: S + 2, t: 500 },
      { from: 'client', flags: 'FIN+ACK', seq: C + 1, ack: S + 2, t: 700 },
      { from: 'server', flags: 'ACK', seq: S + 2, ack: C + 2, t: 800 },
      { from: 'client', flags: 'SYN', seq: C2, ack: null, t: 1000, arrivesAt: 1100 },
      { from: 'server', flags: 'ACK', seq: S + 2, ack: C + 2, t: 1100, arrivesAt: 1200 },
      { from: 'client', flags: 'RST', seq: C + 2, ack: null, t: 1200, arrivesAt: 1300 },
      {
        from: 'client',
        flags: 'SYN',
        seq: C2,
        ack: null,
        retransmission: true,
        t: resent,
        arrivesAt: resent + D,
      },
      { from: 'server', flags: 'SYN+ACK', seq: S2, ack: C2 + 1, t: resent + D },
      { from: 'client', flags: 'ACK', seq: C2 + 1, ack: S2 + 1, t: resent + 2 * D },
    ]);
    expect([9, 10].map((n) => sim.segment(n).why.code)).toEqual([
      'syn-in-time-wait-not-newer',
      'rst-for-unacceptable-ack',
    ]);
  });

  it('ends TIME-WAIT on the RST, listens again, and opens on the resent SYN', () => {
    sim
      .expectStateTimes('server', [
        [0, 'LISTEN'],
        [110, 'SYN-RECEIVED'],
        [310, 'ESTABLISHED'],
        [400, 'FIN-WAIT-1'],
        [600, 'FIN-WAIT-2'],
        [800, 'TIME-WAIT'],
        [1300, 'CLOSED'],
        [1500, 'LISTEN'],
        [2100, 'SYN-RECEIVED'],
        [2300, 'ESTABLISHED'],
      ])
      .expectStateTimes('client', [
        [10, 'SYN-SENT'],
        [210, 'ESTABLISHED'],
        [500, 'CLOSE-WAIT'],
        [700, 'LAST-ACK'],
        [900, 'CLOSED'],
        [1000, 'SYN-SENT'],
        [2200, 'ESTABLISHED'],
      ])
      .expectFinal({ client: 'ESTABLISHED', server: 'ESTABLISHED' });
    const ended = sim.trace.events.find(
      (e): e is StateEvent =>
        e.type === 'state' && e.endpoint === 'server' && e.from === 'TIME-WAIT',
    );
    expect(ended?.why.code).toBe('rst-in-time-wait');
  });

  it('tells no application of the RST: the server’s had closed, the client’s is connecting', () => {
    expect(sim.notices('server')).toEqual([[800, 'notice-end-of-stream']]);
    expect(sim.notices('client')).toEqual([[500, 'notice-end-of-stream']]);
  });
});
