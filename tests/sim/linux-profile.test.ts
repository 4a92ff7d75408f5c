/**
 * The Linux profile, behaviour by behaviour, with the values of the kernel's source and default
 * sysctls: include/net/tcp.h (TCP_TIMEWAIT_LEN 60 s, TCP_DELACK_MIN 40 ms, TCP_MAX_QUICKACKS 16,
 * TCP_SYN_RETRIES 6, TCP_SYNACK_RETRIES 5, TCP_FIN_TIMEOUT 60 s, TCP_RTO_MAX 120 s),
 * net/ipv4/tcp_timer.c, tcp_input.c, tcp_output.c and tcp_minisocks.c. Our ISS is 5000, the
 * peer's ISN 1000.
 */
import { getScenario } from '../../src/scenarios/index.ts';
import {
  seqParamsOf,
  simulate,
  withProfile,
  type Scenario,
  type SendEvent,
  type Trace,
} from '../../src/sim/index.ts';
import { LINUX } from '../../src/sim/profile.ts';
import { endpoint } from '../helpers/endpoint-driver.ts';

/** An endpoint as the simulator configures one for the Linux profile. */
const linux = (config: Parameters<typeof endpoint>[0] = {}) =>
  endpoint({ profile: 'linux', rtoMaxMs: LINUX.rtoMaxMs, ...config });

const sends = (trace: Trace) => trace.events.filter((e): e is SendEvent => e.type === 'send');

function scenario(name: string): Scenario {
  const s = getScenario(name);
  if (s === undefined) throw new Error(`${name} is missing`);
  return s;
}

describe('the kernel constants', () => {
  it('are the defaults of include/net/tcp.h', () => {
    expect(LINUX).toEqual({
      timeWaitMs: 60_000,
      delayedAckMs: 40,
      maxQuickAcks: 16,
      synRetries: 6,
      synAckRetries: 5,
      finTimeoutMs: 60_000,
      rtoMaxMs: 120_000,
    });
  });
});

describe('tcp_syn_retries = 6 (tcp_write_timeout, net/ipv4/tcp_timer.c)', () => {
  it('retransmits the SYN at 1, 3, 7, 15, 31 and 63 s; connect() fails at 127 s', () => {
    const d = linux().connect();
    const at: number[] = [];
    for (let i = 0; i < 6; i++) {
      d.fireRetransmit().expectSent({ flags: ['SYN'], seq: 5000, ack: null, retransmission: true });
      at.push(d.now);
    }
    expect(at).toEqual([1000, 3000, 7000, 15000, 31000, 63000]);
    // The last wait is 64 s: TCP_RTO_MAX (120 s), not RFC 6298's 60 s ceiling, bounds it.
    expect(d.timer('retransmit')?.ms).toBe(64_000);
    d.fireRetransmit().expectState('CLOSED').expectNothingSent().expectNotice('notice-timed-out');
    expect(d.now).toBe(127_000);
    expect(d.lastEntered).toEqual([{ to: 'CLOSED', code: 'linux-syn-retries-exhausted' }]);
  });

  it('says so in the trace, with the retries and the seconds', () => {
    const trace = simulate(withProfile(scenario('lost-syn'), 'linux'));
    expect(trace.events.some((e) => e.type === 'state' && e.why.code.startsWith('linux-'))).toBe(
      false,
    );
    const s = scenario('lost-syn');
    const never = simulate(
      withProfile({ ...s, network: { ...s.network, drop: dropAll('client', 7) } }, 'linux'),
    );
    const giveUp = never.events.find(
      (e) => e.type === 'state' && e.why.code === 'linux-syn-retries-exhausted',
    );
    expect(giveUp).toMatchObject({ why: { params: { retries: 6, s: 127 } } });
    expect(giveUp?.type === 'state' ? giveUp.reason : '').toContain('tcp_syn_retries = 6');
  });
});

/** Drops the first `n` segments `from` sends. */
function dropAll(from: 'client' | 'server', n: number) {
  return Array.from({ length: n }, (_, i) => ({ from, index: i + 1 }));
}

describe('tcp_synack_retries = 5 (reqsk_timer_handler, net/ipv4/inet_connection_sock.c)', () => {
  it('retransmits the SYN+ACK at 1, 3, 7, 15 and 31 s; drops the request at 63 s', () => {
    const d = linux()
      .listen()
      .receive({ flags: ['SYN'], seq: 1000 });
    const at: number[] = [];
    for (let i = 0; i < 5; i++) {
      d.fireRetransmit().expectSent({ flags: ['SYN', 'ACK'], seq: 5000, ack: 1001 });
      at.push(d.now);
    }
    expect(at).toEqual([1000, 3000, 7000, 15000, 31000]);
    d.fireRetransmit().expectState('LISTEN').expectNothingSent().expectNoNotice();
    expect(d.now).toBe(63_000);
    expect(d.lastEntered).toEqual([{ to: 'LISTEN', code: 'linux-synack-retries-exhausted' }]);
  });
});

describe('the abort RST carries ACK = RCV.NXT (tcp_send_active_reset, tcp_output.c)', () => {
  it('sends RST+ACK at SND.NXT with the next byte it expects', () => {
    linux()
      .handshakeAsServer(1000)
      .receive({ flags: ['ACK', 'PSH'], seq: 1001, ack: 5001, len: 40 })
      .abort()
      .expectState('CLOSED')
      .expectSent({ flags: ['RST', 'ACK'], seq: 5001, ack: 1041, window: 0 });
  });

  it('is a bare RST under the RFC (§3.10.5)', () => {
    endpoint()
      .handshakeAsServer(1000)
      .receive({ flags: ['ACK', 'PSH'], seq: 1001, ack: 5001, len: 40 })
      .abort()
      .expectSent({ flags: ['RST'], seq: 5001, ack: null });
  });
});

describe('TIME-WAIT lasts TCP_TIMEWAIT_LEN = 60 s, whatever the MSL (tcp_minisocks.c)', () => {
  const timeWait = (mslMs: number) =>
    linux({ mslMs })
      .handshakeAsServer(1000)
      .close()
      .receive({ flags: ['ACK'], seq: 1001, ack: 5002 })
      .receive({ flags: ['FIN', 'ACK'], seq: 1001, ack: 5002 })
      .expectState('TIME-WAIT')
      .expectTimer('time-wait', 'start', 60_000);

  it.each([1000, 120_000, 600_000])('with an MSL of %i ms', (mslMs) => {
    const d = timeWait(mslMs);
    expect(d.lastEntered).toEqual([{ to: 'TIME-WAIT', code: 'linux-fin-in-fin-wait-2' }]);
    const entered = d.now;
    d.fireTimeWait().expectState('CLOSED');
    expect(d.now - entered).toBe(60_000);
    expect(d.lastEntered).toEqual([{ to: 'CLOSED', code: 'linux-time-wait-expired' }]);
  });

  it('restarts the 60 s when the FIN comes again (tcp_timewait_state_process)', () => {
    timeWait(1000)
      .advance(30_000)
      .receive({ flags: ['FIN', 'ACK'], seq: 1001, ack: 5002 })
      .expectSent({ flags: ['ACK'], seq: 5002, ack: 1002 })
      .expectTimer('time-wait', 'start', 60_000);
  });
});

describe('an orphaned FIN-WAIT-2 ends after tcp_fin_timeout = 60 s (tcp_close, tcp.c)', () => {
  it('goes to CLOSED 60 s after the ACK of our FIN, sending nothing', () => {
    const d = linux()
      .handshakeAsServer(1000)
      .close()
      .receive({ flags: ['ACK'], seq: 1001, ack: 5002 })
      .expectState('FIN-WAIT-2')
      .expectTimer('fin-wait-2', 'start', 60_000);
    d.fireFinWait2().expectState('CLOSED').expectNothingSent().expectNoNotice();
    expect(d.now).toBe(60_000);
    expect(d.lastEntered).toEqual([{ to: 'CLOSED', code: 'linux-fin-wait-2-timeout' }]);
  });

  it('stops when the peer’s FIN arrives in time', () => {
    linux()
      .handshakeAsServer(1000)
      .close()
      .receive({ flags: ['ACK'], seq: 1001, ack: 5002 })
      .advance(59_000)
      .receive({ flags: ['FIN', 'ACK'], seq: 1001, ack: 5002 })
      .expectState('TIME-WAIT')
      .expectTimer('fin-wait-2', 'stop')
      .expectTimerRunning('fin-wait-2', false);
  });

  it('never runs under the RFC, which waits in FIN-WAIT-2 for ever', () => {
    endpoint()
      .handshakeAsServer(1000)
      .close()
      .receive({ flags: ['ACK'], seq: 1001, ack: 5002 })
      .advance(3_600_000)
      .expectState('FIN-WAIT-2');
  });
});

describe('delayed ACKs: TCP_DELACK_MIN = 40 ms, quick-ACK and pingpong (tcp_input.c)', () => {
  const data = (seq: number, len = 100) => ({
    flags: ['ACK', 'PSH'] as const,
    seq,
    ack: 5001,
    len,
  });

  it('acknowledges at once in quick-ACK mode, at the start of a connection', () => {
    linux()
      .handshakeAsServer(1000)
      .receive(data(1001))
      .expectSent({ flags: ['ACK'], seq: 5001, ack: 1101 })
      .expectTimerRunning('delayed-ack', false);
  });

  it('uses up TCP_MAX_QUICKACKS = 16 quick ACKs, then holds the ACK for 40 ms', () => {
    const d = linux().handshakeAsServer(1000);
    for (let i = 0; i < 16; i++) {
      d.receive(data(1001 + 100 * i)).expectSent({ flags: ['ACK'], ack: 1101 + 100 * i });
    }
    d.receive(data(2601))
      .expectNothingSent()
      .expectTimer('delayed-ack', 'start', 40)
      .expectNotice('linux-ack-delayed');
    d.fireDelayedAck().expectSent({ flags: ['ACK'], seq: 5001, ack: 2701 });
    expect(d.now).toBe(40);
  });

  it('enters pingpong mode once it answers data within ATO, and delays the next ACK', () => {
    const d = linux()
      .handshakeAsServer(1000)
      .receive(data(1001))
      .expectSent({ flags: ['ACK'], ack: 1101 })
      .send(300)
      .expectSent({ flags: ['ACK', 'PSH'], seq: 5001, ack: 1101, len: 300 });
    expect(d.tcb.delack.pingpong).toBe(true);
    d.receive({ flags: ['ACK', 'PSH'], seq: 1101, ack: 5301, len: 100 })
      .expectNothingSent()
      .expectTimer('delayed-ack', 'start', 40);
    // tcp_delack_timer: the ACK goes alone, and the missed delay ends pingpong mode.
    d.fireDelayedAck().expectSent({ flags: ['ACK'], seq: 5301, ack: 1201 });
    expect(d.tcb.delack.pingpong).toBe(false);
    d.receive({ flags: ['ACK', 'PSH'], seq: 1201, ack: 5301, len: 100 }).expectSent({
      flags: ['ACK'],
      ack: 1301,
    });
  });

  it('acknowledges at once more than one full segment not yet acknowledged', () => {
    // tcp_measure_rcv_mss: a 1460-byte segment sets rcv_mss to 1460.
    const d = linux({ window: 1 << 20 }).handshakeAsServer(1000);
    d.receive(data(1001, 1460)).send(10);
    expect(d.tcb.delack.pingpong).toBe(true);
    d.receive({ flags: ['ACK'], seq: 2461, ack: 5011, len: 1460 }).expectNothingSent();
    d.receive({ flags: ['ACK'], seq: 3921, ack: 5011, len: 1460 }).expectSent({
      flags: ['ACK'],
      ack: 5381,
    });
  });

  it('acknowledges out-of-order data at once, with its SACK block', () => {
    const d = linux().handshakeAsServer(1000).receive(data(1001)).send(10);
    d.receive(data(1201)).expectSent({
      flags: ['ACK'],
      ack: 1101,
      options: { sack: [[1201, 1301]] },
    });
  });

  it('refills quick-ACK mode after a gap longer than the RTO', () => {
    const used = () => {
      const d = linux().handshakeAsServer(1000);
      for (let i = 0; i < 16; i++) d.receive(data(1001 + 100 * i));
      return d.receive(data(2601)).expectNothingSent().fireDelayedAck();
    };
    // Within the RTO (1 s) the quick ACKs stay used up; after it, the ACK goes at once.
    used().advance(900).receive(data(2701)).expectNothingSent();
    used()
      .advance(1100)
      .receive(data(2701))
      .expectSent({ flags: ['ACK'], ack: 2801 });
  });
});

describe('the close whose passive side calls close() promptly after EOF', () => {
  const close = (serverCloseAt: number) =>
    simulate({
      ...withProfile(scenario('client-closes-first'), 'linux'),
      events: [
        { t: 0, endpoint: 'server', call: 'listen' },
        { t: 10, endpoint: 'client', call: 'connect' },
        { t: 400, endpoint: 'client', call: 'close' },
        { t: serverCloseAt, endpoint: 'server', call: 'close' },
      ],
      delayMs: { clientToServer: 5, serverToClient: 5 },
    });
  const closing = (trace: Trace) =>
    sends(trace)
      .filter((s) => s.t >= 400)
      .map((s) => `${s.from} ${s.flags.join(',')}`);

  it('shows three segments when close() comes within 40 ms: FIN, FIN+ACK, ACK', () => {
    const trace = close(430);
    expect(closing(trace)).toEqual(['client FIN,ACK', 'server FIN,ACK', 'client ACK']);
    const notices = trace.events.flatMap((e) => (e.type === 'notice' ? [e.why.code] : []));
    expect(notices).toContain('linux-ack-delayed');
    expect(notices).toContain('linux-ack-piggybacked');
  });

  it('shows four when close() comes later: the held ACK goes alone at 40 ms', () => {
    const trace = close(500);
    expect(closing(trace)).toEqual([
      'client FIN,ACK',
      'server ACK',
      'server FIN,ACK',
      'client ACK',
    ]);
    const ack = sends(trace).find((s) => s.t >= 400 && s.from === 'server');
    expect(ack).toMatchObject({ t: 445, why: { code: 'linux-delayed-ack-sent' } });
  });

  it('is four segments under the RFC, the ACK at once', () => {
    const trace = simulate({ ...withProfile(scenario('client-closes-first'), 'rfc9293') });
    expect(
      sends(trace)
        .filter((s) => s.t >= 1000)
        .map((s) => `${s.from} ${s.flags.join(',')}`),
    ).toEqual(['client FIN,ACK', 'server ACK', 'server FIN,ACK', 'client ACK']);
  });
});

describe('the two profiles', () => {
  it('agree where Linux does as the RFC says: a SYN to a closed port', () => {
    const s = scenario('syn-to-closed-port');
    const rfc = simulate(s);
    const lx = simulate(withProfile(s, 'linux'));
    expect(lx.events).toEqual(rfc.events);
    expect(lx.source).toEqual({ ...rfc.source, profile: 'linux' });
  });

  it('leave an RFC run as it was: no profile field, no Linux reason', () => {
    const s = withProfile(withProfile(scenario('half-close'), 'linux'), 'rfc9293');
    expect('profile' in s).toBe(false);
    expect(simulate(s)).toEqual(simulate(scenario('half-close')));
  });

  it('name sequence numbers in Linux reasons so the narration can make them relative', () => {
    const trace = simulate(withProfile(scenario('abort-mid-connection'), 'linux'));
    const rst = sends(trace).find((s) => s.flags.includes('RST'));
    expect(rst?.flags).toEqual(['RST', 'ACK']);
    expect(rst?.why).toMatchObject({
      code: 'linux-abort-sends-rst-ack',
      params: { seq: rst?.seq, ack: rst?.ack },
    });
    expect(seqParamsOf('linux-abort-sends-rst-ack')).toMatchObject({
      seq: 'local',
      ack: 'remote',
    });
  });
});
