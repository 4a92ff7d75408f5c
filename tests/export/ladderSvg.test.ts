import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { DARK, LIGHT, PALETTES, paletteVars, type Palette } from '../../src/themes/index.ts';
import { enAll as en } from '../helpers/catalogues.ts';
import { buildRunModel } from '../../src/layout/index.ts';
import { exportFileName, ladderDocument } from '../../src/ui/export/ladderExport.ts';
import { lostSyn } from '../helpers/traces.ts';

function parse(svg: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
}

describe('ladder SVG export', () => {
  const run = buildRunModel(lostSyn());
  const doc = ladderDocument(run, en, 'absolute', 'Lost SYN', LIGHT);

  it('is one well-formed SVG with both lanes, every segment and the loss mark', () => {
    const svg = parse(doc.svg);
    expect(svg.documentElement.tagName.toLowerCase()).toBe('svg');
    expect(svg.querySelectorAll('.lane-line')).toHaveLength(2);
    expect(svg.querySelectorAll('.segment')).toHaveLength(run.timeline.segments.length);
    expect(svg.querySelectorAll('.drop-mark')).toHaveLength(1);
    expect(svg.querySelector('title')?.textContent).toBe('Lost SYN');
    const headings = [...svg.querySelectorAll('.heading')].map((h) => h.textContent);
    expect(headings).toEqual(['Client :49152', 'Server :80']);
    const flags = [...svg.querySelectorAll('.seg-flags')].map((t) => t.textContent);
    expect(flags).toEqual(['SYN', '↻ SYN (retransmission)', 'SYN+ACK', 'ACK']);
    expect(svg.querySelector('.break-label')?.textContent).toMatch(/idle \(RTO\)/);
    expect(doc.width).toBe(1200);
    expect(doc.svg).toContain(`width="1200" height="${doc.height}"`);
  });

  it('paints with the chosen palette, so the file looks right outside the app', () => {
    expect(doc.svg).toContain(`.bg{fill:${LIGHT.surface}}`);
    const dark = ladderDocument(run, en, 'absolute', 'Lost SYN', DARK);
    expect(dark.svg).toContain(`.bg{fill:${DARK.surface}}`);
    expect(dark.svg).toContain(`stroke:${DARK.client}`);
    expect(dark.svg).not.toContain(LIGHT.surface);
  });

  it('escapes every text, so a title cannot become markup', () => {
    const hostile = ladderDocument(run, en, 'absolute', '<script>x</script> & "q"', LIGHT);
    expect(hostile.svg).toContain('&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;');
    expect(parse(hostile.svg).querySelectorAll('script')).toHaveLength(0);
  });

  it('names files from the scenario name only', () => {
    expect(exportFileName(run, 'ladder.svg')).toBe('fixture-lost-syn-ladder.svg');
  });
});

describe('palettes', () => {
  /** The custom properties of one block of app.css. */
  function cssBlock(css: string, start: number): Partial<Palette> {
    const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
    const out: Record<string, string> = {};
    for (const m of body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)) out[m[1] ?? ''] = m[2] ?? '';
    return out;
  }

  it('match the light and dark tokens of app.css exactly', () => {
    const css = readFileSync('src/ui/shell/app.css', 'utf8');
    const light = cssBlock(css, css.indexOf(':root {'));
    const dark = cssBlock(css, css.indexOf(':root {', css.indexOf('prefers-color-scheme: dark')));
    for (const key of Object.keys(LIGHT) as (keyof Palette)[]) {
      expect(light[key], key).toBe(LIGHT[key]);
      expect(dark[key], key).toBe(DARK[key]);
    }
  });

  it('become CSS custom properties', () => {
    expect(paletteVars(PALETTES.projector)['--text']).toBe('#000000');
    expect(Object.keys(paletteVars(LIGHT))).toHaveLength(Object.keys(LIGHT).length);
  });
});
