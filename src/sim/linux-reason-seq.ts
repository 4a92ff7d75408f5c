/**
 * Which parameters of the Linux reasons are sequence numbers, for relative numbering. Apart from
 * their texts (linux-reasons.ts), which load only with a Linux trace: this small table is all
 * the first view's narration needs to know about them.
 */
import type { SeqSpace } from './reasons.ts';

/** Code -> its sequence-number parameters and whose space they are in. */
export const LINUX_SEQ_PARAMS: Readonly<Record<string, Readonly<Record<string, SeqSpace>>>> = {
  'linux-abort-sends-rst-ack': { seq: 'local', ack: 'remote' },
  'linux-fin-in-fin-wait-2': { finSeq: 'remote' },
  'linux-delayed-ack-sent': { ack: 'remote' },
  'linux-ack-piggybacked': { ack: 'remote' },
};
