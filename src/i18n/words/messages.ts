/**
 * Words that say exactly what happened: the cause of each state-diagram transition, what an
 * application is told (or that it is not told), and who a forged segment comes from or goes to.
 */
import type { NumbersText } from '../messages.ts';

export type { NumbersText };
import type { TransitionCause } from '../../sim/index.ts';

/** What the application is told, by notice code (RFC 9293 §3.10's "error:" and end of stream). */
export const TOLD_CODES = [
  'notice-connection-reset',
  'notice-connection-refused',
  'notice-timed-out',
  'notice-end-of-stream',
  'notice-data-held',
] as const;
export type ToldCode = (typeof TOLD_CODES)[number];

/** Whether a notice's code is something the application is told. */
export function isToldCode(code: string): code is ToldCode {
  return (TOLD_CODES as readonly string[]).includes(code);
}

export interface WordsMessages {
  /** The cause of a state change, as the diagram's caption names it. */
  cause: Record<TransitionCause, string>;
  /** A caption line: who moved, from where to where, and why. */
  transitionCaption: (who: string, from: string, to: string, cause: string) => string;
  /** A whole sentence: `endpoint`'s application is told what `code` says. */
  told: (endpoint: string, code: ToldCode) => string;
  /** A whole sentence: `endpoint` handles a segment inside TCP; its application is not told. */
  notTold: (endpoint: string) => string;
  /** A whole sentence: the attacker sends a segment whose source is forged as `address`. */
  sendForged: (flags: string, address: string, numbers: NumbersText) => string;
  /** A whole sentence: an off-path attacker sends `to` a segment forged to come from `as`. */
  sendForgedAs: (as: string, to: string, flags: string, numbers: NumbersText) => string;
  /** The mark on a forged segment's label. */
  forged: string;
  /** A whole sentence: `from` answers a forged segment, so its reply goes to `address`. */
  sendToForged: (from: string, flags: string, address: string, numbers: NumbersText) => string;
  /** On a label: the forged source of an attacker's segment. */
  spoofedFrom: (address: string) => string;
  /** On a label: the forged address a reply goes to. */
  spoofedTo: (address: string) => string;
}
