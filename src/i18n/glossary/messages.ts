/** The glossary: every state, control flag and number the app shows, explained in each language. */
import type { TcpStateName } from '../../layout/index.ts';

/** The control flags the glossary explains, in header bit order from the most significant. */
export const GLOSSARY_FLAGS = ['CWR', 'ECE', 'URG', 'ACK', 'PSH', 'RST', 'SYN', 'FIN'] as const;
export type GlossaryFlag = (typeof GLOSSARY_FLAGS)[number];

/** The numbers and timers the glossary explains. */
export const GLOSSARY_TERMS = ['isn', 'seq', 'ack', 'len', 'window', 'mss', 'rto', 'msl'] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

export interface GlossaryMessages {
  title: string;
  intro: string;
  statesHeading: string;
  flagsHeading: string;
  termsHeading: string;
  /** What an endpoint in the state is doing or waiting for. */
  states: Record<TcpStateName, string>;
  flags: Record<GlossaryFlag, { name: string; meaning: string }>;
  terms: Record<GlossaryTerm, { term: string; meaning: string }>;
}
