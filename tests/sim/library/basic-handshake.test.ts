/**
 * basic-handshake: SYN, SYN+ACK, ACK (RFC 9293 §3.5 Figure 6). Every number below is worked out
 * from the scenario file: client ISN 1000, server ISN 5000, 100 ms each way, listen at 0,
 * connect at 10.
 */
import { run, seqPlus } from '../../helpers/scenario-driver.ts';

const CLIENT_ISN = 1000;
const SERVER_ISN = 5000;
const D = 100;
const CONNECT_AT = 10;

describe('basic-handshake', () => {
  const sim = run('basic-handshake');

  it('starts from the values the arithmetic below uses', () => {
    sim.expectGiven({
      client: { isn: CLIENT_ISN },
      server: { isn: SERVER_ISN },
      delayMs: { clientToServer: D, serverToClient: D },
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: CONNECT_AT, endpoint: 'client', call: 'connect' },
      ],
    });
  });

  it('sends exactly SYN, SYN+ACK, ACK with ISN + 1 acknowledged each way', () => {
    sim.expectSegments([
      // §3.10.1: <SEQ=ISS><CTL=SYN>; no ACK flag, so the ACK field is absent (null).
      {
        from: 'client',
        flags: 'SYN',
        seq: CLIENT_ISN,
        ack: null,
        t: CONNECT_AT,
        arrivesAt: CONNECT_AT + D,
      },
      // §3.10.7.2: the SYN takes one sequence number, so ACK = ISN + 1.
      {
        from: 'server',
        flags: 'SYN+ACK',
        seq: SERVER_ISN,
        ack: seqPlus(CLIENT_ISN, 1),
        t: CONNECT_AT + D,
        arrivesAt: CONNECT_AT + 2 * D,
      },
      // §3.10.7.3: <SEQ=SND.NXT = ISS + 1><ACK=RCV.NXT = IRS + 1><CTL=ACK>.
      {
        from: 'client',
        flags: 'ACK',
        seq: seqPlus(CLIENT_ISN, 1),
        ack: seqPlus(SERVER_ISN, 1),
        t: CONNECT_AT + 2 * D,
        arrivesAt: CONNECT_AT + 3 * D,
      },
    ]);
  });

  it('offers MSS, window scale and SACK in the SYNs and scales the window afterwards', () => {
    // RFC 9293 §3.7.1 MSS; RFC 7323 §2.2: the SYN's window is never scaled and the SYN+ACK
    // echoes window scale only because the SYN offered it; RFC 2018 §2 likewise for SACK.
    const offered = { mss: 1460, windowScale: 7, sackPermitted: true };
    expect(sim.segment(1).options).toEqual(offered);
    expect(sim.segment(1).window).toBe(65535);
    expect(sim.segment(2).options).toEqual(offered);
    expect(sim.segment(2).window).toBe(65535);
    // RFC 7323 §2.3: after the SYNs the field carries the window >> shift = 65535 >> 7.
    expect(sim.segment(3).window).toBe(Math.floor(65535 / 2 ** 7));
    expect(sim.segment(3).options).toEqual({});
  });

  it('carries the client through SYN-SENT (not CLOSED) while the SYN+ACK is in flight', () => {
    sim
      .expectStates('client', ['CLOSED', 'SYN-SENT', 'ESTABLISHED'])
      .expectStates('server', ['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED'])
      .expectStateTimes('client', [
        [CONNECT_AT, 'SYN-SENT'],
        [CONNECT_AT + 2 * D, 'ESTABLISHED'],
      ])
      .expectStateTimes('server', [
        [0, 'LISTEN'],
        [CONNECT_AT + D, 'SYN-RECEIVED'],
        [CONNECT_AT + 3 * D, 'ESTABLISHED'],
      ])
      .expectFinal({ client: 'ESTABLISHED', server: 'ESTABLISHED' });
  });

  it('uses the scenario ports on every segment', () => {
    // Defaults: client port 50000, server port 80.
    for (const s of sim.segments()) {
      expect([s.srcPort, s.dstPort]).toEqual(s.from === 'client' ? [50000, 80] : [80, 50000]);
    }
  });
});
