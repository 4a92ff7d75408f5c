/**
 * Properties of whole simulations over random valid scenarios (helpers/scenario-arbitrary.ts):
 * random ISNs (many near 2^32), delays, MSS, windows and options, random calls on both endpoints
 * at random times, and random drops, delays and duplicates. Each scenario goes through
 * parseScenario and simulate.
 *
 * fast-check runs with a fixed seed, so a failure reproduces; it prints the counterexample
 * (a scenario file) to paste into `npm run trace`.
 */
import fc from 'fast-check';
import { parseScenario } from '../../src/scenarios/schema.ts';
import { simulate } from '../../src/sim/simulator.ts';
import { seq, seqAdd, seqLe, seqLt } from '../../src/sim/seq.ts';
import type { TcpStateName } from '../../src/sim/tcp-state.ts';
import type { EndpointId, SendEvent, Trace } from '../../src/sim/trace.ts';
import { machineTransitions } from '../helpers/machine-transitions.ts';
import { scenarioFile } from './helpers/scenario-arbitrary.ts';

const SEED = 9293;
/** Each property checks this many scenarios: its budget is a run count, never a time. */
const NUM_RUNS = 1000;
/**
 * The run count bounds the work; the timeout only catches a hang. The first property pays for
 * the 1000 simulations (the others reuse them): about 1.5 s on an idle 2-core machine, past
 * vitest's 5 s default when the machine is busy, far inside this.
 */
const PROPERTY_TIMEOUT_MS = 120_000;
const ENDPOINTS: readonly EndpointId[] = ['client', 'server'];

// ---- running (memoized: every property sees the same runs) ---------------------------------------

const runs = new Map<string, Trace>();

function run(file: unknown): Trace {
  const key = JSON.stringify(file);
  const cached = runs.get(key);
  if (cached !== undefined) return cached;
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(`the arbitrary made an invalid scenario: ${parsed.errors[0]}`);
  const trace = simulate(parsed.scenario);
  runs.set(key, trace);
  return trace;
}

function check(property: (trace: Trace, file: unknown) => void): void {
  fc.assert(
    fc.property(scenarioFile, (file) => {
      property(run(file), file);
    }),
    { seed: SEED, numRuns: NUM_RUNS },
  );
}

// ---- reading a trace -----------------------------------------------------------------------------

/** SEG.LEN: data plus one each for SYN and FIN (RFC 9293 §3.4). */
function space(s: SendEvent): number {
  return s.len + (s.flags.includes('SYN') ? 1 : 0) + (s.flags.includes('FIN') ? 1 : 0);
}

const endOf = (s: SendEvent) => seqAdd(seq(s.seq), space(s));

interface Walk {
  /** The sender's state when the segment left (state changes come first in the trace). */
  state: TcpStateName;
  send: SendEvent;
  /** The last segment delivered to the sender before this one left. */
  lastDelivered: SendEvent | undefined;
  /** The highest SEQ + SEG.LEN the sender has sent in this incarnation (none yet: null). */
  highWater: number | null;
  /** The highest SEQ + SEG.LEN delivered to the sender from its peer so far. */
  peerHighWater: number | null;
}

/**
 * Walks the trace, calling `visit` for every segment an endpoint itself transmitted (network
 * duplicates excluded). A new incarnation of an endpoint starts when it leaves CLOSED or LISTEN.
 */
function walk(trace: Trace, visit: (w: Walk) => void): void {
  const state: Record<EndpointId, TcpStateName> = { client: 'CLOSED', server: 'CLOSED' };
  const highWater: Record<EndpointId, number | null> = { client: null, server: null };
  const peerHighWater: Record<EndpointId, number | null> = { client: null, server: null };
  const lastDelivered: Record<EndpointId, SendEvent | undefined> = {
    client: undefined,
    server: undefined,
  };
  const byId = new Map<number, SendEvent>();
  const later = (a: number | null, b: number) => (a === null || seqLt(seq(a), seq(b)) ? b : a);
  for (const e of trace.events) {
    if (e.type === 'state') {
      if (e.from === 'CLOSED' || e.from === 'LISTEN') highWater[e.endpoint] = null;
      state[e.endpoint] = e.to;
    } else if (e.type === 'deliver') {
      const s = byId.get(e.id);
      if (s === undefined) throw new Error(`deliver of unknown segment ${e.id}`);
      lastDelivered[s.to] = s;
      peerHighWater[s.to] = later(peerHighWater[s.to], endOf(s));
    } else if (e.type === 'send') {
      byId.set(e.id, e);
      if (e.duplicateOf !== undefined) continue;
      visit({
        state: state[e.from],
        send: e,
        lastDelivered: lastDelivered[e.from],
        highWater: highWater[e.from],
        peerHighWater: peerHighWater[e.from],
      });
      if (!e.flags.includes('RST')) highWater[e.from] = later(highWater[e.from], endOf(e));
    }
  }
}

const describeSend = (s: SendEvent) =>
  `#${s.id} ${s.from} ${s.flags.join(',')} seq=${s.seq} ack=${String(s.ack)} len=${s.len}`;

// ---- the properties ------------------------------------------------------------------------------

describe('simulate() over random valid scenarios', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('never throws', () => {
    fc.assert(
      fc.property(scenarioFile, (file) => {
        expect(() => run(file)).not.toThrow();
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });

  it('is deterministic: the same scenario gives the same trace, byte for byte', () => {
    check((trace, file) => {
      const parsed = parseScenario(file);
      if (!parsed.ok) throw new Error('invalid');
      expect(JSON.stringify(simulate(parsed.scenario))).toBe(JSON.stringify(trace));
    });
  });

  it('always ends: no truncation, finite sorted times, no endpoint left waiting on a timer', () => {
    check((trace) => {
      expect(trace.notes.map((n) => n.code)).not.toContain('note-truncated');
      let t = 0;
      for (const e of trace.events) {
        expect(Number.isFinite(e.t)).toBe(true);
        expect(e.t).toBeGreaterThanOrEqual(t);
        t = e.t;
      }
      // These states always have a timer running (retransmission or 2 MSL), so a run that has
      // nothing left to do cannot end in them.
      const waiting: TcpStateName[] = [
        'SYN-SENT',
        'SYN-RECEIVED',
        'FIN-WAIT-1',
        'CLOSING',
        'LAST-ACK',
        'TIME-WAIT',
      ];
      for (const id of ENDPOINTS) expect(waiting).not.toContain(trace.endpoints[id].finalState);
    });
  });

  it('changes state only along edges of the machine config, from the state it was in', () => {
    const edges = new Set(
      machineTransitions().flatMap((t) => (t.target === null ? [] : [`${t.source}>${t.target}`])),
    );
    check((trace) => {
      const state: Record<EndpointId, TcpStateName> = { client: 'CLOSED', server: 'CLOSED' };
      for (const e of trace.events) {
        if (e.type !== 'state') continue;
        expect(e.from).toBe(state[e.endpoint]);
        expect(edges, `${e.from} -> ${e.to}`).toContain(`${e.from}>${e.to}`);
        state[e.endpoint] = e.to;
      }
      for (const id of ENDPOINTS) expect(trace.endpoints[id].finalState).toBe(state[id]);
    });
  });

  it('acknowledges only sequence space the peer actually sent (and it received)', () => {
    check((trace) => {
      walk(trace, ({ send, peerHighWater }) => {
        if (send.ack === null) return;
        expect(peerHighWater, describeSend(send)).not.toBeNull();
        expect(seqLe(seq(send.ack), seq(peerHighWater ?? 0)), describeSend(send)).toBe(true);
      });
    });
  });

  it("never moves a sender's SEQ backwards except to retransmit (or in a RST)", () => {
    check((trace) => {
      walk(trace, ({ send, highWater }) => {
        if (send.flags.includes('RST') || highWater === null) return;
        if (send.retransmission) {
          // A retransmission resends what was sent: it ends at or before SND.NXT.
          expect(seqLe(endOf(send), seq(highWater)), describeSend(send)).toBe(true);
        } else if (send.flags.includes('SYN')) {
          // The SYN+ACK of a simultaneous open re-sends our SYN's number, ISS (Figure 8).
          expect(seqAdd(seq(send.seq), 1), describeSend(send)).toBe(highWater);
        } else {
          // A new segment starts at SND.NXT, the highest sequence number sent so far.
          expect(send.seq, describeSend(send)).toBe(highWater);
        }
      });
    });
  });

  it('on each retransmission timeout resends once and doubles the RTO (RFC 6298 §5.4-5.6)', () => {
    check((trace, file) => {
      const parsed = parseScenario(file);
      if (!parsed.ok) throw new Error('invalid');
      const { minMs, maxMs } = parsed.scenario.rto;
      const lastStart: Record<EndpointId, number> = { client: 0, server: 0 };
      trace.events.forEach((e, i) => {
        if (e.type === 'timer' && e.timer === 'retransmit' && e.action === 'start') {
          lastStart[e.endpoint] = e.durationMs ?? 0;
        }
        if (e.type !== 'timer' || e.timer !== 'retransmit' || e.action !== 'expire') return;
        // What this expiry caused: the events at the same instant until the next cause.
        const caused = [];
        for (const f of trace.events.slice(i + 1)) {
          if (f.t !== e.t || f.type === 'deliver' || f.type === 'call' || f.type === 'timer') {
            if (!(f.type === 'timer' && f.action !== 'expire' && f.t === e.t)) break;
          }
          caused.push(f);
        }
        const mine = caused.filter(
          (f) =>
            ('endpoint' in f && f.endpoint === e.endpoint) ||
            ('from' in f && f.from === e.endpoint),
        );
        const resent = mine.filter((f) => f.type === 'send' && f.duplicateOf === undefined);
        const gaveUp = mine.some((f) => f.type === 'state');
        const where = `${e.endpoint} at t=${e.t}`;
        if (gaveUp) {
          expect(resent, where).toEqual([]);
          return;
        }
        expect(resent.length, where).toBe(1);
        expect(resent[0]?.type === 'send' && resent[0].retransmission, where).toBe(true);
        const start = mine.find((f) => f.type === 'timer' && f.action === 'start');
        const expected = Math.min(maxMs, Math.max(minMs, 2 * lastStart[e.endpoint]));
        expect(start?.type === 'timer' ? start.durationMs : undefined, where).toBe(expected);
      });
    });
  });

  it('sends nothing but RSTs while CLOSED', () => {
    check((trace) => {
      walk(trace, ({ state, send }) => {
        if (state === 'CLOSED') expect(send.flags, describeSend(send)).toContain('RST');
      });
    });
  });

  it('sets ACK on every segment after the first SYN, but for the RFC 9293 RST forms', () => {
    check((trace) => {
      walk(trace, ({ state, send, lastDelivered, highWater }) => {
        const hasAck = send.ack !== null;
        if (send.flags.includes('RST')) {
          if (hasAck) {
            // §3.10.7.1, from CLOSED to a segment without ACK: <SEQ=0><ACK=SEG.SEQ+SEG.LEN>.
            expect(state, describeSend(send)).toBe('CLOSED');
            expect(send.seq, describeSend(send)).toBe(0);
            expect(lastDelivered?.ack, describeSend(send)).toBeNull();
            expect(send.ack, describeSend(send)).toBe(
              lastDelivered === undefined ? -1 : endOf(lastDelivered),
            );
          } else {
            // <SEQ=SEG.ACK><CTL=RST> (§3.10.7.1-4) or abort's <SEQ=SND.NXT><CTL=RST> (§3.10.5).
            const reply = lastDelivered?.ack === send.seq;
            const abort = highWater === send.seq;
            expect(reply || abort, describeSend(send)).toBe(true);
          }
          return;
        }
        if (!hasAck) {
          // Only the SYN of an active open (and its retransmissions) goes without ACK.
          expect(send.flags, describeSend(send)).toEqual(['SYN']);
          expect(state, describeSend(send)).toBe('SYN-SENT');
        }
      });
    });
  });
});
