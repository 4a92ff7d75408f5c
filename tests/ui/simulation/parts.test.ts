/**
 * A finished run's trace crosses from the worker in parts (so the page never takes one long
 * task to receive it): the parts hold its events in order, the answer comes last without them,
 * and a part that is not trace events is refused.
 */
import { builtInScenarios } from '../../../src/scenarios/index.ts';
import { Simulation, type TraceEvent } from '../../../src/sim/index.ts';
import {
  inParts,
  isEventsPart,
  readEventsPart,
  type SimulationMessage,
} from '../../../src/ui/simulation/simulationProtocol.ts';

const transfer = builtInScenarios.find((s) => s.name === 'transfer-64k');
if (transfer === undefined) throw new Error('missing transfer-64k');

describe('a trace in parts', () => {
  it('holds the events in order, then the answer without them', () => {
    const run = new Simulation(transfer);
    const trace = run.run();
    const tcb = run.tcbTable();
    const parts = [...inParts({ type: 'done', id: 3, trace, tcb })];
    const events: TraceEvent[] = [];
    for (const part of parts.slice(0, -1)) {
      expect(isEventsPart(part)).toBe(true);
      events.push(...(readEventsPart(part) ?? []));
    }
    expect(parts.length).toBeGreaterThan(2);
    expect(events).toEqual(trace.events);
    expect(parts.at(-1)).toEqual({ type: 'done', id: 3, trace: { ...trace, events: [] }, tcb });
  });

  it('passes other answers as they are, and refuses a part that is not trace events', () => {
    const progress: SimulationMessage = {
      type: 'progress',
      id: 1,
      progress: { segments: 4, events: 9, t: 2 },
    };
    expect([...inParts(progress)]).toEqual([progress]);
    expect(isEventsPart(progress)).toBe(false);
    expect(readEventsPart({ type: 'events', id: 1, events: [{ type: 'nonsense' }] })).toBeNull();
  });
});
