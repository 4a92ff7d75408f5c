/**
 * simultaneous-open: both sides connect at t = 0 (RFC 9293 §3.5 Figure 8). The SYNs cross, each
 * side answers with SYN+ACK from SYN-RECEIVED, and the crossing SYN+ACKs complete the
 * connection: four segments, no extra ACK.
 */
import { run } from '../../helpers/scenario-driver.ts';

const C = 1000;
const S = 5000;
const D = 100;

describe('simultaneous-open', () => {
  const sim = run('simultaneous-open');

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      client: { isn: C },
      server: { isn: S },
      delayMs: { clientToServer: D, serverToClient: D },
      events: [
        { t: 0, endpoint: 'client', call: 'connect' },
        { t: 0, endpoint: 'server', call: 'connect' },
      ],
    });
  });

  it('sends two SYNs and two SYN+ACKs, nothing else', () => {
    sim.expectSegments([
      // §3.10.1: each side's <SEQ=ISS><CTL=SYN>.
      { from: 'client', flags: 'SYN', seq: C, ack: null, t: 0, arrivesAt: D },
      { from: 'server', flags: 'SYN', seq: S, ack: null, t: 0, arrivesAt: D },
      // §3.10.7.3 SYN-SENT, SYN without ACK: RCV.NXT = SEG.SEQ + 1, enter SYN-RECEIVED and send
      // <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>. The client's SYN reaches the server first.
      { from: 'server', flags: 'SYN+ACK', seq: S, ack: C + 1, t: D, arrivesAt: 2 * D },
      { from: 'client', flags: 'SYN+ACK', seq: C, ack: S + 1, t: D, arrivesAt: 2 * D },
    ]);
  });

  it('passes both sides through SYN-RECEIVED', () => {
    for (const side of ['client', 'server'] as const) {
      sim
        .expectStates(side, ['CLOSED', 'SYN-SENT', 'SYN-RECEIVED', 'ESTABLISHED'])
        .expectStateTimes(side, [
          [0, 'SYN-SENT'],
          [D, 'SYN-RECEIVED'],
          [2 * D, 'ESTABLISHED'],
        ]);
    }
  });

  it('offers the SYN options again in both SYN+ACKs', () => {
    const offered = { mss: 1460, windowScale: 7, sackPermitted: true };
    expect(sim.segments().map((s) => s.options)).toEqual([offered, offered, offered, offered]);
  });
});
