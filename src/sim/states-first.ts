/** Ordering a machine's outputs for the trace. */
import type { EndpointOutput } from './endpoint-events.ts';

/**
 * The machine announces a state on entry, after its transition's actions ran. A trace reads
 * better cause-first: each state change is moved before the outputs of the transition into it.
 */
export function statesFirst(outputs: readonly EndpointOutput[]): EndpointOutput[] {
  const ordered: EndpointOutput[] = [];
  let group: EndpointOutput[] = [];
  for (const o of outputs) {
    if (o.type === 'out.state') {
      ordered.push(o, ...group);
      group = [];
    } else {
      group.push(o);
    }
  }
  ordered.push(...group);
  return ordered;
}
