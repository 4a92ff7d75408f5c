/**
 * lost-syn-ack: the server's SYN+ACK is lost. The client's SYN times out after 1 s (RFC 6298
 * §2.1) and is resent; it reaches the server in SYN-RECEIVED as a duplicate SYN, which the model
 * answers as Linux does (README): retransmit the SYN+ACK. RFC 9293 §3.10.7.4 would send a bare
 * ACK instead.
 */
import { run, seqPlus } from '../../helpers/scenario-driver.ts';

const C = 1000;
const S = 5000;
const D = 100;
const CONNECT_AT = 10;
const RTO = 1000;

describe('lost-syn-ack', () => {
  const sim = run('lost-syn-ack');
  const synAckAt = CONNECT_AT + D; // 110
  const synAgainAt = CONNECT_AT + RTO; // 1010
  const dupSynArrives = synAgainAt + D; // 1110

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
      network: { drop: [{ from: 'server', index: 1 }] },
    });
  });

  it('resends the SYN after 1 s and the SYN+ACK when the duplicate SYN arrives', () => {
    sim.expectSegments([
      { from: 'client', flags: 'SYN', seq: C, ack: null, t: CONNECT_AT },
      {
        from: 'server',
        flags: 'SYN+ACK',
        seq: S,
        ack: seqPlus(C, 1),
        t: synAckAt,
        arrivesAt: synAckAt + D,
        lost: true,
      },
      { from: 'client', flags: 'SYN', seq: C, ack: null, retransmission: true, t: synAgainAt },
      // The same SYN+ACK: SEQ = ISS, ACK = IRS + 1. Arrivals precede timers at t = 1110, so the
      // duplicate SYN, not the server's own RTO, triggers it.
      {
        from: 'server',
        flags: 'SYN+ACK',
        seq: S,
        ack: seqPlus(C, 1),
        retransmission: true,
        t: dupSynArrives,
        arrivesAt: dupSynArrives + D,
      },
      { from: 'client', flags: 'ACK', seq: C + 1, ack: S + 1, t: dupSynArrives + D },
    ]);
    expect(sim.segment(4).retransmissionOf).toBe(sim.segment(2).id);
    // A retransmitted SYN+ACK repeats the options (RFC 7323 §2.2, RFC 2018 §2).
    expect(sim.segment(4).options).toEqual(sim.segment(2).options);
  });

  it('lets the duplicate SYN, not the server’s own RTO, trigger the resend', () => {
    expect(sim.timers('server', 'retransmit').filter((e) => e.action === 'expire')).toEqual([]);
  });

  it('re-arms the SYN+ACK timer without doubling it: no timer has expired', () => {
    // RFC 6298 §5.5 doubles the RTO only "when the retransmission timer expires". Linux
    // (tcp_check_req) re-arms after a duplicate SYN with reqsk_timeout() = timeout << num_timeout,
    // and num_timeout counts expiries only (inet_rtx_syn_ack bumps num_retrans): still 1 s.
    expect(
      sim.timers('server', 'retransmit').map((e) => [e.t, e.action, e.durationMs ?? null]),
    ).toEqual([
      [synAckAt, 'start', RTO],
      [dupSynArrives, 'start', RTO],
      [dupSynArrives + 2 * D, 'stop', null],
    ]);
  });

  it('passes through SYN-RECEIVED once and ends established', () => {
    sim
      .expectStates('client', ['CLOSED', 'SYN-SENT', 'ESTABLISHED'])
      .expectStates('server', ['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED'])
      .expectStateTimes('client', [
        [CONNECT_AT, 'SYN-SENT'],
        [dupSynArrives + D, 'ESTABLISHED'],
      ])
      .expectStateTimes('server', [
        [0, 'LISTEN'],
        [synAckAt, 'SYN-RECEIVED'],
        [dupSynArrives + 2 * D, 'ESTABLISHED'],
      ]);
  });
});
