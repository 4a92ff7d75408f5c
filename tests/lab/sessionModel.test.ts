/**
 * The lab session as pure data: when an action taken "now" happens, which segment "next" is,
 * forking, and the scenario file the session exports (and reads back).
 */
import { buildRunModel, buildTimeline } from '../../src/layout/index.ts';
import { builtInScenarios, getScenario, parseScenario } from '../../src/scenarios/index.ts';
import { simulate, type Scenario } from '../../src/sim/index.ts';
import {
  FROM_THE_START,
  newSession,
  scenarioOf,
  sessionFromScenario,
  withAction,
  type LabSession,
} from '../../src/lab/labSession.ts';
import { machinesAt } from '../../src/lab/machinesAt.ts';
import {
  actionTime,
  cursorThrough,
  momentAtPosition,
  momentOfCursor,
  nextIndex,
} from '../../src/lab/moment.ts';
import { toScenarioFile } from '../../src/lab/scenarioFile.ts';

const title = { en: 'Lab session', ko: '실습 세션' };

function scenario(name: string): Scenario {
  const s = getScenario(name);
  if (s === undefined) throw new Error(`no scenario ${name}`);
  return s;
}

/** listen at 0 and connect at 10, ISNs 1000 and 5000, 100 ms each way. */
function handshake(): LabSession {
  const s = newSession(42, title);
  return {
    base: {
      ...s.base,
      client: { ...s.base.client, isn: 1000 },
      server: { ...s.base.server, isn: 5000 },
    },
    actions: [
      { kind: 'call', t: 0, endpoint: 'server', call: 'listen' },
      { kind: 'call', t: 10, endpoint: 'client', call: 'connect' },
    ],
  };
}

describe('when an action taken now happens', () => {
  const trace = simulate(scenarioOf(handshake()));

  it('before anything: at 0', () => {
    expect(actionTime(trace, FROM_THE_START)).toBe(0);
  });

  it('at an instant where only calls happened: at that instant (after those calls)', () => {
    expect(actionTime(trace, 10)).toBe(10);
    expect(actionTime(trace, 50)).toBe(50);
  });

  it('at an instant where a segment arrived: one millisecond later, so it cannot overtake it', () => {
    // The SYN arrives at 110, the SYN+ACK at 210.
    expect(actionTime(trace, 110)).toBe(111);
    expect(actionTime(trace, 210)).toBe(211);
  });

  it('between whole milliseconds: the next one', () => {
    expect(actionTime(trace, 60.5)).toBe(61);
  });
});

describe('the machines at a moment', () => {
  it('answer from the simulation, after everything at that instant', () => {
    const session = handshake();
    expect(machinesAt(session, FROM_THE_START).server.state).toBe('CLOSED');
    expect(machinesAt(session, 0).server.state).toBe('LISTEN');
    const at110 = machinesAt(session, 110);
    expect(at110.server.state).toBe('SYN-RECEIVED');
    expect(at110.client.state).toBe('SYN-SENT');
    const at310 = machinesAt(session, 310);
    expect(at310.client).toEqual({
      state: 'ESTABLISHED',
      accepts: { listen: false, connect: false, send: true, close: true, abort: true },
    });
    expect(at310.server.accepts).toEqual(at310.client.accepts);
  });

  it('ignore actions taken after the moment', () => {
    const later = withAction(handshake(), 400, {
      kind: 'call',
      t: 400,
      endpoint: 'client',
      call: 'close',
    }).session;
    expect(machinesAt(later, 310).client.state).toBe('ESTABLISHED');
    expect(machinesAt(later, 400).client.state).toBe('FIN-WAIT-1');
  });
});

describe('the next segment from a side', () => {
  it('counts transmissions, retransmissions included, and skips network copies', () => {
    const lost = sessionFromScenario(scenario('lost-syn'));
    const trace = simulate(scenarioOf(lost));
    const clientSends = trace.events.filter((e) => e.type === 'send' && e.from === 'client');
    const firstT = clientSends[0]?.t ?? 0;
    expect(nextIndex(trace, 'client', firstT - 1)).toBe(1);
    expect(nextIndex(trace, 'client', firstT)).toBe(2);
    const dup = simulate(scenario('old-duplicate'));
    const copies = dup.events.filter((e) => e.type === 'send' && e.duplicateOf !== undefined);
    for (const copy of copies) {
      if (copy.type !== 'send') continue;
      expect(nextIndex(dup, copy.from, copy.t)).toBe((copy.index ?? 0) + 1);
    }
  });
});

describe('cursors and moments', () => {
  it('map a moment to the end of its instant and back', () => {
    const timeline = buildTimeline(simulate(scenarioOf(handshake())));
    expect(momentOfCursor(timeline, 0)).toBe(FROM_THE_START);
    const atSynArrival = cursorThrough(timeline, 110);
    const step = timeline.steps[atSynArrival - 1];
    expect(step?.t).toBe(110);
    expect(timeline.steps[atSynArrival]?.t).toBeGreaterThan(110);
    expect(momentOfCursor(timeline, atSynArrival)).toBe(110);
    expect(cursorThrough(timeline, FROM_THE_START)).toBe(0);
  });
});

describe('the moment while the clock runs', () => {
  it('is the trace time the playhead shows, between the step passed and the next', () => {
    const run = buildRunModel(simulate(scenarioOf(handshake())));
    const { schedule, timeline } = run;
    // The SYN left at 10 ms (step 5); it arrives at 110 ms (step 6).
    const sent = timeline.steps.findIndex((s) => s.event.type === 'send') + 1;
    expect(timeline.steps[sent - 1]?.t).toBe(10);
    const start = schedule.dwellEnds[sent] ?? 0;
    const end = schedule.starts[sent + 1] ?? 0;
    expect(momentAtPosition(run, schedule.starts[sent] ?? 0)).toBe(10);
    const halfway = momentAtPosition(run, (start + end) / 2);
    expect(halfway).toBeGreaterThan(10);
    expect(halfway).toBeLessThan(110);
    expect(Number.isInteger(halfway)).toBe(true);
    expect(momentAtPosition(run, 0)).toBe(FROM_THE_START);
  });
});

describe('forking', () => {
  it('drops what came after the moment and keeps what came before', () => {
    let session = handshake();
    session = withAction(session, 311, {
      kind: 'call',
      t: 311,
      endpoint: 'client',
      call: 'send',
      bytes: 100,
    }).session;
    session = withAction(session, 500, {
      kind: 'fault',
      t: 500,
      fault: 'drop',
      from: 'server',
      index: 3,
    }).session;
    const forked = withAction(session, 310, {
      kind: 'call',
      t: 311,
      endpoint: 'client',
      call: 'close',
    });
    expect(forked.dropped).toBe(2);
    expect(
      forked.session.actions.map((a) =>
        a.kind === 'call' ? a.call : a.kind === 'fault' ? a.fault : a.kind,
      ),
    ).toEqual(['listen', 'connect', 'close']);
  });

  it('does not add the same fault twice', () => {
    const fault = { kind: 'fault', t: 20, fault: 'drop', from: 'client', index: 2 } as const;
    const once = withAction(handshake(), 20, fault).session;
    expect(withAction(once, 20, fault).session.actions).toHaveLength(once.actions.length);
  });

  it('keeps the faults of an imported file through any fork', () => {
    const session = sessionFromScenario(scenario('lost-syn'));
    const forked = withAction(session, FROM_THE_START, {
      kind: 'call',
      t: 0,
      endpoint: 'server',
      call: 'listen',
    }).session;
    expect(scenarioOf(forked).network.drop).toEqual(scenario('lost-syn').network.drop);
  });
});

describe('the scenario file', () => {
  it('parses back to the same scenario, for every built-in one', () => {
    for (const s of builtInScenarios) {
      const back = parseScenario(JSON.parse(JSON.stringify(toScenarioFile(s))));
      expect(back).toEqual({ ok: true, scenario: s });
    }
  });

  it('replays a scenario opened as a session to the same trace', () => {
    for (const s of builtInScenarios) {
      expect(simulate(scenarioOf(sessionFromScenario(s)))).toEqual(simulate(s));
    }
  });

  it('writes ISNs drawn from the seed as absent, and chosen ones as numbers', () => {
    const file = toScenarioFile(newSession(9, title).base);
    expect(file.client).not.toHaveProperty('isn');
    expect(file.seed).toBe(9);
    expect(toScenarioFile(handshake().base).client).toMatchObject({ isn: 1000 });
  });

  it('writes a list of ISNs back as the list', () => {
    const lower = builtInScenarios.find((s) => s.name === 'time-wait-reconnect-lower-isn');
    expect(lower).toBeDefined();
    if (lower === undefined) return;
    const file = toScenarioFile(lower);
    expect([file.client?.isn, file.server?.isn]).toEqual([
      [1000, 500],
      [5000, 9000],
    ]);
  });
});
