/**
 * The run as a Mermaid sequence diagram, for blog posts: one message per segment (a lost one
 * ends in a cross), a note for every state change, with the numbers in the chosen mode.
 */
import type { EndpointId, Trace } from '../sim/index.ts';
import { relativeBases, shownNumbers, type NumberMode } from '../layout/index.ts';
import { DEFAULT_EXPORT_WORDS, type ExportWords } from './words.ts';
import { flagsText } from '../sim/index.ts';

const ALIAS: Record<EndpointId, string> = { client: 'C', server: 'S' };

/**
 * Text that Mermaid shows as written: `#` and `;` become its entity codes (a bare `;` ends a
 * statement), and so do `<` and `>` (Mermaid reads tags in labels as HTML, and drops them from a
 * title); line breaks become spaces, so no text can start a statement of its own.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[#;<>]|%(?=%)/g, (c) => `#${c.charCodeAt(0)};`)
    .trim();
}

/** The segment's words: flags, then SEQ, ACK (when the flag is set) and LEN. */
function segmentWords(
  send: Trace['events'][number] & { type: 'send' },
  mode: NumberMode,
  bases: ReturnType<typeof relativeBases>,
): string {
  const n = shownNumbers(send, mode, bases);
  const numbers =
    n.ack === null ? `seq=${n.seq} len=${n.len}` : `seq=${n.seq} ack=${n.ack} len=${n.len}`;
  return `${flagsText(send.flags)} ${numbers}`;
}

/** Options of the text exports. */
export interface TextExportOptions {
  mode: NumberMode;
  /** Words in the reader's language (English by default). */
  words?: ExportWords;
  /** A title line, e.g. the scenario's title. */
  title?: string;
}

/** The Mermaid `sequenceDiagram` source of a run. */
export function mermaidSequence(trace: Trace, options: TextExportOptions): string {
  const words = options.words ?? DEFAULT_EXPORT_WORDS;
  const bases = relativeBases(trace);
  const lines: string[] = ['sequenceDiagram'];
  if (options.title !== undefined && mermaidText(options.title) !== '') {
    lines.push(`  title ${mermaidText(options.title)}`);
  }
  for (const side of ['client', 'server'] as const) {
    lines.push(
      `  participant ${ALIAS[side]} as ${mermaidText(`${words.endpoint[side]} :${trace.endpoints[side].port}`)}`,
    );
  }
  lines.push(
    `  Note over C: ${trace.endpoints.client.initialState}`,
    `  Note over S: ${trace.endpoints.server.initialState}`,
  );
  const ids = new Map<number, number>();
  for (const e of trace.events) {
    if (e.type === 'send') ids.set(e.id, ids.size + 1);
  }
  for (const e of trace.events) {
    if (e.type === 'state') {
      lines.push(`  Note over ${ALIAS[e.endpoint]}: ${e.to}`);
    } else if (e.type === 'timer' && e.action === 'expire') {
      lines.push(`  Note over ${ALIAS[e.endpoint]}: ${mermaidText(words.timerExpired[e.timer])}`);
    } else if (e.type === 'send') {
      const tags: string[] = [];
      if (e.retransmission) tags.push(words.retransmission);
      if (e.duplicateOf !== undefined) tags.push(words.duplicate);
      if (e.lost === true) tags.push(words.lost);
      const text = `${segmentWords(e, options.mode, bases)}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}`;
      const arrow = e.lost === true ? '-x' : '->>';
      lines.push(`  ${ALIAS[e.from]}${arrow}${ALIAS[e.to]}: ${mermaidText(text)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
