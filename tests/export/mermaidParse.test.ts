// @vitest-environment happy-dom
/**
 * The Mermaid export is read by Mermaid itself (it needs a DOM for its sanitizer): every
 * built-in scenario, in both languages and both number modes, parses as a sequence diagram with
 * the real parser, and what Mermaid reads back is what the export meant to say: the title as
 * written, the two participants, one arrow per segment and one note per state change.
 */
import mermaid from 'mermaid';
import { mermaidSequence } from '../../src/export/index.ts';
import { LANGS } from '../../src/i18n/index.ts';
import { shareDialogsCatalogues } from '../../src/i18n/shareDialogs/catalogues.ts';
import { builtInScenarios } from '../../src/scenarios/index.ts';
import { simulate, type Trace } from '../../src/sim/index.ts';

const MODES = ['absolute', 'relative'] as const;

interface ReadBack {
  title: string;
  actors: string[];
  /** Arrows and notes as `from->to: text` and `note from: text`, entity codes decoded. */
  lines: string[];
}

/** Mermaid keeps `#59;` as a placeholder until it draws; the drawing shows the character. */
function decoded(text: string): string {
  return text.replace(/ﬂ°°(\d+)¶ß/g, (_m, code: string) => String.fromCharCode(Number(code)));
}

interface SequenceDb {
  getDiagramTitle: () => string;
  getActors: () => Map<string, { description: string }>;
  getMessages: () => { from?: string; to?: string; message: unknown; type: number }[];
  LINETYPE: { NOTE: number };
}

/** What Mermaid's parser made of the text (throws where it does not parse). */
async function readBack(text: string): Promise<ReadBack> {
  await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'sequence' });
  // What the parser understood has no public API besides the deprecated mermaidAPI (parse()
  // answers only yes or no), and the test is about what Mermaid reads.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as SequenceDb;
  return {
    title: decoded(db.getDiagramTitle()),
    actors: [...db.getActors().values()].map((a) => decoded(a.description)),
    lines: db.getMessages().map((m) => {
      const message = decoded(String(m.message));
      return m.type === db.LINETYPE.NOTE
        ? `note ${m.from ?? ''}: ${message}`
        : `${m.from ?? ''}->${m.to ?? ''}: ${message}`;
    }),
  };
}

function counts(trace: Trace): { sends: number; notes: number } {
  const sends = trace.events.filter((e) => e.type === 'send').length;
  const changes = trace.events.filter((e) => e.type === 'state').length;
  const expiries = trace.events.filter((e) => e.type === 'timer' && e.action === 'expire').length;
  // Two notes for the initial states, then one per change and per expiry.
  return { sends, notes: 2 + changes + expiries };
}

const cases = builtInScenarios.flatMap((scenario) =>
  LANGS.flatMap((lang) => MODES.map((mode) => [scenario.name, lang, mode, scenario] as const)),
);

describe('the Mermaid export, read back by the real Mermaid parser', () => {
  it.each(cases)('%s in %s, %s numbers', async (_name, lang, mode, scenario) => {
    const words = shareDialogsCatalogues[lang].shareDialogs.exportWords;
    const trace = simulate(scenario);
    const title = scenario.title[lang];
    const read = await readBack(mermaidSequence(trace, { mode, words, title }));
    expect(read.title).toBe(title);
    expect(read.actors).toEqual([
      `${words.endpoint.client} :${trace.endpoints.client.port}`,
      `${words.endpoint.server} :${trace.endpoints.server.port}`,
    ]);
    const { sends, notes } = counts(trace);
    expect(read.lines.filter((l) => l.startsWith('note '))).toHaveLength(notes);
    const arrows = read.lines.filter((l) => !l.startsWith('note '));
    expect(arrows).toHaveLength(sends);
    for (const arrow of arrows) expect(arrow).toMatch(/^[CS]->[CS]: [A-Z+]+ seq=\d+ /);
  });

  it.each([
    'a; b',
    'Note over C: 50% %% comment',
    '#35; and {braces} and "quotes"',
    'SEQ < ACK > 0 & <b>not bold</b>',
    'end',
    'participant X',
    '---',
  ])('shows the title %j as written', async (title) => {
    const trace = simulate(builtInScenarios[0] ?? fail());
    const read = await readBack(mermaidSequence(trace, { mode: 'relative', title }));
    expect(read.title).toBe(title);
    expect(read.actors).toEqual(['Client :50000', 'Server :80']);
  });

  it('keeps a title with a line break on one line, with nothing after it parsed as a statement', async () => {
    const trace = simulate(builtInScenarios[0] ?? fail());
    const title = 'x\nC->>S: injected';
    const read = await readBack(mermaidSequence(trace, { mode: 'relative', title }));
    expect(read.title).toBe('x C->>S: injected');
    expect(read.lines.some((l) => l.includes('injected'))).toBe(false);
  });

  it('rejects text that is not a diagram, so a pass means something', async () => {
    await expect(mermaid.parse('sequenceDiagram\n  C-x->>S: ?')).rejects.toThrow();
  });
});

function fail(): never {
  throw new Error('the library is empty');
}
