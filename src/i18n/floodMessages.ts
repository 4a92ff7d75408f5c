/**
 * The catalogue a SYN-flood run is narrated with: its client lane carries the attacker's forged
 * SYNs too, so it is named for both, and the flood's reasons join the core's.
 */
import type { MessagesWith } from './messages.ts';

export function floodMessages(t: MessagesWith<'lab'>): MessagesWith<'lab'> {
  return {
    ...t,
    endpoint: { ...t.endpoint, client: t.lab.floodClientSide },
    reasonTemplates: { ...t.reasonTemplates, ...t.lab.floodReasons },
  };
}
