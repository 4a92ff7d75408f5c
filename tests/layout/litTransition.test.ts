/**
 * The state diagram lights the transition that happened, by its cause: at every step of every
 * built-in scenario and of the SYN flood (with and without cookies), each endpoint's last state
 * change names exactly one drawn transition, whose cause is the one its reason code stands for
 * (tests/helpers/transition-causes.ts, written from the RFC), and the diagram draws and labels it
 * even with resets, aborts and time-outs hidden. The hidden reset, abort and time-out paths the
 * scenarios do not take are walked in tests/sim/transitions.test.ts.
 */
import {
  buildRunModel,
  litTransitions,
  machineEdges,
  stateDiagramGeometry,
} from '../../src/layout/index.ts';
import { builtInScenarios } from '../../src/scenarios/index.ts';
import {
  COOKIE_TRANSITION,
  SYN_FLOOD_DEFAULTS,
  simulate,
  simulateSynFlood,
  tcpEndpointMachine,
  type Trace,
} from '../../src/sim/index.ts';
import { CAUSE_OF_REASON } from '../helpers/transition-causes.ts';

const EDGES = machineEdges(tcpEndpointMachine, [COOKIE_TRANSITION]);

function litCauses(trace: Trace): string[] {
  const run = buildRunModel(trace);
  const seen: string[] = [];
  run.checkpoints.forEach((scene, c) => {
    for (const lit of litTransitions(scene, EDGES)) {
      const event = scene[lit.endpoint].lastTransition?.event;
      const code = event?.why.code ?? '';
      const where = `step ${c}, ${lit.endpoint} ${lit.key} (${code})`;
      expect(lit.transition, where).not.toBeNull();
      expect(lit.transition?.cause, where).toBe(CAUSE_OF_REASON[code]);
      const g = stateDiagramGeometry(EDGES, 'wide', false, new Set([lit.transition?.id ?? '']));
      const drawn = g.edges.find((e) => e.key === lit.key);
      expect(
        drawn?.labelled.map((d) => d.id),
        where,
      ).toContain(lit.transition?.id);
      if (lit.step === c) seen.push(`${lit.key} ${lit.transition?.cause ?? ''}`);
    }
  });
  return seen;
}

describe('the lit state-diagram edge is the cause the trace gives', () => {
  it.each(builtInScenarios.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    expect(litCauses(simulate(scenario)).length).toBeGreaterThan(0);
  });

  it('lights RST received, not CLOSE, when a connection is refused', () => {
    const refused = builtInScenarios.find((s) => s.name === 'syn-to-closed-port');
    expect(refused).toBeDefined();
    if (refused === undefined) return;
    expect(litCauses(simulate(refused))).toContain('SYN-SENT>CLOSED rcv-rst');
  });

  it('lights the time-out of the SYN flood’s client without cookies', () => {
    const causes = litCauses(simulateSynFlood(SYN_FLOOD_DEFAULTS));
    expect(causes).toContain('SYN-SENT>CLOSED timeout');
    expect(causes).not.toContain('SYN-SENT>CLOSED close');
  });

  it('lights the cookie’s LISTEN → ESTABLISHED with SYN cookies', () => {
    const causes = litCauses(simulateSynFlood({ ...SYN_FLOOD_DEFAULTS, synCookies: true }));
    expect(causes).toContain('LISTEN>ESTABLISHED rcv-ack');
    expect(causes).toContain('SYN-SENT>ESTABLISHED rcv-syn-ack');
  });
});
