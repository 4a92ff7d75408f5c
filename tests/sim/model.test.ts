/**
 * Model-based tests of the endpoint machine with xstate/graph. A small peer model proposes, in
 * every state, the segments a peer (or an attacker) could send, computed from the TCB, plus the
 * application calls and whichever timers are running. From that:
 *
 * - `getAdjacencyMap` explores the machine; every explored TCB must satisfy the invariants
 *   below, and the exploration's transition coverage is checked;
 * - `createTestModel(...).getShortestPaths()` gives the shortest path to each of the eleven
 *   states, and each path is replayed on a live actor, checking the invariants at every step.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import { adjacencyMapToArray, createTestModel } from 'xstate/graph';
import type { EndpointEvent } from '../../src/sim/endpoint-events.ts';
import { tcpEndpointMachine } from '../../src/sim/endpoint-machine.ts';
import { NO_CONTROL, type ControlBits, type Segment } from '../../src/sim/segment.ts';
import { seq, seqAdd, seqLe } from '../../src/sim/seq.ts';
import type { Tcb } from '../../src/sim/tcb.ts';
import { SYNCHRONIZED_STATES, TCP_STATES, type TcpStateName } from '../../src/sim/tcp-state.ts';
import { DEFAULT_CONFIG } from '../helpers/endpoint-driver.ts';
import { describeTransition, machineTransitions } from '../helpers/machine-transitions.ts';

type Snap = SnapshotFrom<typeof tcpEndpointMachine>;

/** One retransmission before giving up keeps the explored space small. */
const INPUT = { ...DEFAULT_CONFIG, maxRetransmissions: 1 };
const PEER_ISN = 1000;

function segment(flags: Partial<ControlBits>, seqNo: number, ack: number, len = 0): EndpointEvent {
  const ctl = { ...NO_CONTROL, ...flags };
  const s: Segment = {
    srcPort: INPUT.peerPort,
    dstPort: INPUT.port,
    seq: seq(seqNo),
    ack: seq(ctl.ack ? ack : 0),
    ctl,
    len,
    window: 65535,
    options: ctl.syn ? { mss: 1460, windowScale: 7, sackPermitted: true } : {},
  };
  return { type: 'segment.arrived', t: 0, segment: s };
}

/** What the application, the timers and a peer could do next, given the TCB. */
function nextEvents(snapshot: Snap): EndpointEvent[] {
  const c = snapshot.context;
  const rcv = c.synReceived ? c.rcvNxt : seq(PEER_ISN + 1);
  const irs = c.synReceived ? c.irs : seq(PEER_ISN);
  const events: EndpointEvent[] = [
    { type: 'app.listen', t: 0 },
    { type: 'app.connect', t: 0 },
    { type: 'app.send', t: 0, bytes: 100 },
    { type: 'app.close', t: 0 },
    { type: 'app.abort', t: 0 },
    segment({ syn: true }, irs, 0),
    segment({ syn: true, ack: true }, irs, c.sndNxt),
    segment({ syn: true }, seqAdd(rcv, 5), 0),
    segment({ syn: true, ack: true }, seqAdd(rcv, 5), c.sndNxt),
    segment({ ack: true }, rcv, c.sndNxt),
    segment({ ack: true }, rcv, c.sndUna),
    segment({ ack: true }, rcv, c.iss),
    segment({ ack: true }, rcv, seqAdd(c.sndNxt, 100)),
    segment({ ack: true }, seqAdd(rcv, 70000), c.sndNxt),
    segment({ ack: true }, rcv, c.sndNxt, 10),
    segment({ ack: true, fin: true }, rcv, c.sndNxt),
    segment({ ack: true, fin: true }, rcv, c.sndUna),
    segment({ ack: true, fin: true }, seqAdd(rcv, -1), c.sndNxt),
    segment({ fin: true }, rcv, 0),
    segment({}, rcv, 0),
    segment({ rst: true }, rcv, 0),
    segment({ rst: true }, seqAdd(rcv, 1), 0),
    segment({ rst: true }, seqAdd(rcv, 70000), 0),
    segment({ rst: true, ack: true }, 0, c.sndNxt),
  ];
  if (c.timers.retransmit) events.push({ type: 'timer.retransmit', t: 0 });
  if (c.timers['time-wait']) events.push({ type: 'timer.timeWait', t: 0 });
  if (c.timers['delayed-ack']) events.push({ type: 'timer.delayedAck', t: 0 });
  if (c.timers['fin-wait-2']) events.push({ type: 'timer.finWait2', t: 0 });
  return events;
}

/** Serialize by what matters to the control flow, not by every number in the TCB. */
function serializeState(snapshot: Snap): string {
  const c = snapshot.context;
  return JSON.stringify([
    snapshot.value,
    c.passiveOpen,
    c.synReceived,
    c.finSeq !== null,
    c.finReceived,
    c.retries,
    c.retransmissionQueue.length > 0,
    c.sendQueue > 0,
    c.closeRequested,
    c.timers.retransmit,
    c.timers['time-wait'],
    c.timers['delayed-ack'],
    c.timers['fin-wait-2'],
  ]);
}

const serializeEvent = (e: EndpointEvent) => JSON.stringify(e);

/**
 * xstate/graph adds a bare `{ type }` for every event type a state accepts that `nextEvents`
 * did not propose: a `fin.reached` (which only the machine itself raises) or a timer that is
 * not running. Those cannot happen; keep only the proposed events (they all carry `t`).
 */
const filterEvents = (_: Snap, e: EndpointEvent) => 't' in e && e.type !== 'fin.reached';

const modelOf = (input: typeof INPUT) =>
  createTestModel(tcpEndpointMachine, {
    input,
    events: nextEvents,
    filterEvents,
    serializeState,
    serializeEvent,
  });

const model = modelOf(INPUT);
/** The Linux profile: the same machine, with its delayed-ACK and FIN-WAIT-2 timers running. */
const LINUX_INPUT = { ...INPUT, profile: 'linux' as const };

/** Invariants of the TCB in each state; returns the violations. */
function violations(state: TcpStateName, c: Tcb): string[] {
  const out: string[] = [];
  const fail = (what: string) => out.push(`${state}: ${what}`);
  if (!seqLe(c.sndUna, c.sndNxt)) fail('SND.UNA > SND.NXT');
  if (state === 'CLOSED' || state === 'LISTEN') {
    if (c.timers.retransmit || c.timers['time-wait']) fail('a timer runs');
  }
  if (state === 'SYN-RECEIVED' || SYNCHRONIZED_STATES.includes(state)) {
    if (!c.synReceived) fail("the peer's SYN was never received");
  }
  if (state !== 'TIME-WAIT' && state !== 'CLOSED' && state !== 'LISTEN') {
    // RFC 6298 §5.1-5.2: the timer runs exactly while something is unacknowledged.
    if (c.timers.retransmit !== c.retransmissionQueue.length > 0) {
      fail(
        `retransmission timer ${String(c.timers.retransmit)} with queue length ${c.retransmissionQueue.length}`,
      );
    }
  }
  if (state === 'TIME-WAIT') {
    if (!c.timers['time-wait']) fail('no 2 MSL timer');
    if (c.timers.retransmit) fail('the retransmission timer still runs');
  }
  if (state === 'FIN-WAIT-2' && (c.sndUna !== c.sndNxt || c.timers.retransmit)) {
    fail('our FIN is acknowledged, yet something is outstanding');
  }
  if (['CLOSE-WAIT', 'CLOSING', 'LAST-ACK', 'TIME-WAIT'].includes(state) && !c.finReceived) {
    fail('no FIN from the peer was received');
  }
  if (['CLOSING', 'LAST-ACK'].includes(state) && c.finSeq === null) fail('our FIN was not sent');
  return out;
}

describe('exploring the machine with getAdjacencyMap', () => {
  const edges = adjacencyMapToArray(model.getAdjacencyMap());
  const linuxEdges = adjacencyMapToArray(modelOf(LINUX_INPUT).getAdjacencyMap());
  // Every explored state is the source of some edge (an application call always applies).
  const explored = [...edges, ...linuxEdges].map((e) => e.state);

  it('reaches all eleven states', () => {
    expect(new Set(explored.map((s) => s.value))).toEqual(new Set(TCP_STATES));
  });

  it('keeps the TCB invariants in every explored state', () => {
    expect(explored.flatMap((s) => violations(s.value, s.context))).toEqual([]);
  });

  it('takes every transition of the machine', () => {
    const taken = new Set<string>();
    const runs = [
      ...edges.map((e) => ({ ...e, input: INPUT })),
      ...linuxEdges.map((e) => ({ ...e, input: LINUX_INPUT })),
    ];
    for (const { state, event, input } of runs) {
      const actor = createActor(tcpEndpointMachine, {
        input,
        snapshot: state,
        inspect: (ev) => {
          if (ev.type !== '@xstate.microstep') return;
          for (const def of ev._transitions) {
            const t = describeTransition(def);
            if (t !== null) taken.add(t.key);
          }
        },
      });
      actor.start();
      actor.send(event);
      actor.stop();
    }
    const missing = machineTransitions()
      .map((t) => t.key)
      .filter((k) => !taken.has(k));
    expect(missing).toEqual([]);
  });
});

describe('shortest paths to each state, replayed on a live actor (createTestModel)', () => {
  const shortest = new Map<TcpStateName, ReturnType<typeof model.getShortestPaths>[number]>();
  for (const path of model.getShortestPaths({ allowDuplicatePaths: true })) {
    const state = path.state.value;
    const best = shortest.get(state);
    if (best === undefined || path.steps.length < best.steps.length) shortest.set(state, path);
  }

  it('finds a path to every state', () => {
    expect(new Set(shortest.keys())).toEqual(new Set(TCP_STATES));
  });

  it.each([...shortest.entries()])('%s', async (state, path) => {
    const actor = createActor(tcpEndpointMachine, { input: INPUT }).start();
    // The path's events are the ones nextEvents proposed: full EndpointEvents.
    const send = (step: { event: { type: string } }) => {
      actor.send(step.event as EndpointEvent);
    };
    const check = (s: Snap) => {
      // The system (a live actor fed the path's events) is where the model says it is.
      expect(actor.getSnapshot().value).toBe(s.value);
      expect(violations(s.value, actor.getSnapshot().context)).toEqual([]);
    };
    await path.test({
      events: {
        'app.listen': send,
        'app.connect': send,
        'app.send': send,
        'app.close': send,
        'app.abort': send,
        'segment.arrived': send,
        'timer.retransmit': send,
        'timer.timeWait': send,
      },
      states: Object.fromEntries(TCP_STATES.map((name) => [name, check])),
    });
    expect(actor.getSnapshot().value).toBe(state);
    actor.stop();
  });
});
