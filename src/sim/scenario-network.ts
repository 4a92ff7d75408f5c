/**
 * A scenario's network as a flight policy: each direction's one-way delay, and the faults the
 * scenario puts on the n-th segment an endpoint transmits (drop, extra delay, duplicate).
 */
import type { Flight, FlightPolicy } from './runtime/index.ts';
import type { Scenario, SegmentFault } from './scenario.ts';
import type { EndpointId } from './trace.ts';

/** The flight of every transmission of a scenario run, by sender and index. */
export function scenarioFlight(scenario: Scenario): FlightPolicy<EndpointId> {
  const { network, delayMs } = scenario;
  const plain: Record<EndpointId, Flight> = {
    client: { delayMs: delayMs.clientToServer, extraDelayMs: 0, lost: false, copiesAfterMs: [] },
    server: { delayMs: delayMs.serverToClient, extraDelayMs: 0, lost: false, copiesAfterMs: [] },
  };
  // Most transmissions have no fault: look faults up by sender and index, not by scanning.
  const key = (f: SegmentFault) => `${f.from}#${String(f.index)}`;
  const faulted = new Set([...network.drop, ...network.delay, ...network.duplicate].map(key));
  return ({ from }, index) => {
    const base = plain[from];
    if (!faulted.has(key({ from, index }))) return base;
    const matches = (f: SegmentFault) => f.from === from && f.index === index;
    return {
      delayMs: base.delayMs,
      extraDelayMs: network.delay.filter(matches).reduce((sum, d) => sum + d.ms, 0),
      lost: network.drop.some(matches),
      // A copy arrives half the one-way delay after the original unless the fault says when.
      copiesAfterMs: network.duplicate
        .filter(matches)
        .map((d) => d.ms ?? Math.max(1, Math.round(base.delayMs / 2))),
    };
  };
}
