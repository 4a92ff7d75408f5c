/**
 * The architecture is lint: probe files that break a rule of README's folder order are reported
 * with the rule's message, and a probe that keeps to it passes. The probes are linted in place
 * (virtual paths under src/) with the project's own eslint.config.js, minus type information,
 * which none of these rules needs.
 */
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: tseslint.configs.disableTypeChecked as Linter.Config,
  });
});

/** The messages lint gives a probe file at `path` (relative to the repository). */
async function lint(path: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  if (result === undefined) throw new Error(`no result for ${path}`);
  // Only the architecture's rules: a probe may also trip unrelated ones (unused names).
  return result.messages.filter((m) =>
    [
      'rooms/imports',
      'no-restricted-globals',
      'no-restricted-properties',
      'no-restricted-imports',
    ].includes(m.ruleId ?? ''),
  );
}

async function expectOne(path: string, code: string, ruleId: string, message: RegExp) {
  const messages = await lint(path, code);
  expect(messages.map((m) => [m.ruleId, m.message])).toEqual([
    [ruleId, expect.stringMatching(message)],
  ]);
}

describe('which room may import which', () => {
  it.each([
    ['src/sim/probe.ts', `export { buildTimeline } from '../layout/index.ts';`, 'sim', 'layout'],
    ['src/sim/probe.ts', `export { readCapture } from '../capture/index.ts';`, 'sim', 'capture'],
    [
      'src/sim/probe.ts',
      `export { parseScenario } from '../scenarios/index.ts';`,
      'sim',
      'scenarios',
    ],
    ['src/sim/probe.ts', `export { mermaid } from '../export/index.ts';`, 'sim', 'export'],
    [
      'src/sim/listener/probe.ts',
      `export { App } from '../../ui/shell/index.ts';`,
      'sim',
      'ui/shell',
    ],
    [
      'src/capture/probe.ts',
      `export { buildTimeline } from '../layout/index.ts';`,
      'capture',
      'layout',
    ],
    [
      'src/layout/probe.ts',
      `export { readCapture } from '../capture/index.ts';`,
      'layout',
      'capture',
    ],
    ['src/i18n/probe.ts', `export { buildQuestions } from '../quiz/index.ts';`, 'i18n', 'quiz'],
    ['src/quiz/probe.ts', `export { useRun } from '../ui/run/index.ts';`, 'quiz', 'ui/run'],
    ['src/pwa/probe.ts', `export { en } from '../i18n/index.ts';`, 'pwa', 'i18n'],
  ])('%s: %s', async (path, code, from, to) => {
    await expectOne(
      path,
      code,
      'rooms/imports',
      new RegExp(`^src/${from} may not import src/${to}: .+ See README, Architecture\\.$`),
    );
  });

  it('names the arrow when an import runs the wrong way', async () => {
    await expectOne(
      'src/sim/probe.ts',
      `export { readCapture } from '../capture/index.ts';`,
      'rooms/imports',
      /capture \(the capture importer.*\) imports sim: the arrow points the other way/,
    );
  });

  it.each([
    [
      'src/ui/kit/probe.tsx',
      `export { LadderPanel } from '../ladder/index.ts';`,
      'ui/kit',
      'ui/ladder',
    ],
    ['src/ui/run/probe.ts', `export { App } from '../shell/index.ts';`, 'ui/run', 'ui/shell'],
    [
      'src/ui/ladder/probe.tsx',
      `export { ScenarioView } from '../stage/index.ts';`,
      'ui/ladder',
      'ui/stage',
    ],
    [
      'src/ui/ladder/probe.tsx',
      `export { InspectorPanel } from '../inspector/index.ts';`,
      'ui/ladder',
      'ui/inspector',
    ],
    ['src/ui/stage/probe.tsx', `export { LabView } from '../lab/index.ts';`, 'ui/stage', 'ui/lab'],
    [
      'src/ui/lab/drive/probe.tsx',
      `export { App } from '../../shell/index.ts';`,
      'ui/lab',
      'ui/shell',
    ],
  ])('inside ui/, %s: %s', async (path, code, from, to) => {
    await expectOne(
      path,
      code,
      'rooms/imports',
      new RegExp(`^src/${from} may not import src/${to}: .+ See README, Architecture\\.$`),
    );
  });

  it('says why a feature may not import a feature of its own rank', async () => {
    await expectOne(
      'src/ui/ladder/probe.tsx',
      `export { InspectorPanel } from '../inspector/index.ts';`,
      'rooms/imports',
      /ui\/ladder \(a feature .*\) may import only rooms below it, and ui\/inspector is a feature/,
    );
  });

  it('lets an entry run its setup first, for its side effect alone', async () => {
    expect(await lint('src/ui/capture/probe.worker.ts', `import '../../pwa/noEval.ts';`)).toEqual(
      [],
    );
    await expectOne(
      'src/ui/capture/probe.worker.ts',
      `export { registerServiceWorker } from '../../pwa/index.ts';`,
      'rooms/imports',
      /^src\/ui\/capture may not import src\/pwa: /,
    );
  });

  it('lets a room import the rooms below it through their index.ts', async () => {
    const probes: [string, string][] = [
      ['src/capture/probe.ts', `export { seqAdd } from '../sim/index.ts';`],
      ['src/export/probe.ts', `export { buildTimeline } from '../layout/index.ts';`],
      ['src/ui/ladder/probe.tsx', `export { useRun } from '../run/index.ts';`],
      ['src/ui/lab/probe.tsx', `export { ScenarioView } from '../stage/index.ts';`],
      ['src/ui/shell/probe.tsx', `export const load = () => import('../capture/CaptureView.tsx');`],
      ['src/main.tsx', `export { App } from './ui/shell/index.ts';`],
    ];
    for (const [path, code] of probes) expect(await lint(path, code), path).toEqual([]);
  });
});

describe('only through index.ts', () => {
  it.each([
    ['src/capture/probe.ts', `export { seqAdd } from '../sim/seq.ts';`, 'sim', 'seq.ts'],
    ['src/capture/probe.ts', `export type { Why } from '../sim/trace.ts';`, 'sim', 'trace.ts'],
    [
      'src/ui/ladder/probe.tsx',
      `export { useRun } from '../run/contexts.ts';`,
      'ui/run',
      'contexts.ts',
    ],
    [
      'src/ui/lab/probe.tsx',
      `export { ScenarioView } from '../stage/ScenarioView.tsx';`,
      'ui/stage',
      'ScenarioView.tsx',
    ],
    [
      'src/ui/lab/probe.tsx',
      `export { labReducer } from '../../lab/labState.ts';`,
      'lab',
      'labState.ts',
    ],
  ])('%s: %s', async (path, code, to, file) => {
    await expectOne(
      path,
      code,
      'rooms/imports',
      new RegExp(
        `^Import src/${to} through its index\\.ts, not ${file.replace('.', '\\.')}: a room’s other files are private`,
      ),
    );
  });

  it('keeps the app inside src/', async () => {
    await expectOne(
      'src/layout/probe.ts',
      `export { run } from '../../scripts/trace.ts';`,
      'rooms/imports',
      /^src\/ may not import \.\.\/\.\.\/scripts\/trace\.ts/,
    );
  });
});

describe('what the pure rooms may not touch', () => {
  const PURE = [
    'sim',
    'scenarios',
    'capture',
    'layout',
    'export',
    'themes',
    'i18n',
    'player',
    'quiz',
    'lab',
    'links',
  ];

  it.each([
    ['fetch("/x");', 'no-restricted-globals', /do no I\/O/],
    ['new XMLHttpRequest();', 'no-restricted-globals', /do no I\/O/],
    ['new WebSocket("ws://x");', 'no-restricted-globals', /do no I\/O/],
    ['localStorage.getItem("x");', 'no-restricted-globals', /keep no state/],
    ['sessionStorage.clear();', 'no-restricted-globals', /keep no state/],
    ['indexedDB.open("x");', 'no-restricted-globals', /keep no state/],
    ['navigator.languages;', 'no-restricted-globals', /know no browser/],
    [
      'crypto.getRandomValues(new Uint32Array(1));',
      'no-restricted-globals',
      /deterministic: take a seed/,
    ],
    ['setTimeout(() => 0, 1);', 'no-restricted-globals', /virtual clock/],
    ['setInterval(() => 0, 1);', 'no-restricted-globals', /virtual clock/],
    ['requestAnimationFrame(() => 0);', 'no-restricted-globals', /No animation frames/],
    ['Date.now();', 'no-restricted-globals', /no wall-clock time/],
    ['new Date();', 'no-restricted-globals', /no wall-clock time/],
    ['performance.now();', 'no-restricted-globals', /no wall-clock time/],
    ['document.title;', 'no-restricted-globals', /have no DOM/],
    ['window.innerWidth;', 'no-restricted-globals', /have no DOM/],
    ['Math.random();', 'no-restricted-properties', /deterministic: take a seed/],
    ['globalThis.fetch("/x");', 'no-restricted-properties', /do no I\/O/],
    ['globalThis.localStorage;', 'no-restricted-properties', /keep no state/],
  ])('%s', async (code, ruleId, message) => {
    for (const room of PURE)
      await expectOne(`src/${room}/probe.ts`, `export const x = ${code}`, ruleId, message);
  });

  it.each(['react', 'react-dom/client', 'framer-motion', '@xstate/react'])('no %s', async (pkg) => {
    await expectOne(
      'src/layout/probe.ts',
      `export * from '${pkg}';`,
      'no-restricted-imports',
      /The pure rooms draw nothing: no React here/,
    );
  });

  it('leaves the UI free to use the browser', async () => {
    const code = `import { useState } from 'react';
export const x = [useState, fetch, localStorage, navigator, setTimeout, Date.now(), document, Math.random()];`;
    expect(await lint('src/ui/capture/probe.tsx', code)).toEqual([]);
  });

  it('passes a clean probe in every pure room', async () => {
    const code = `import { createRng } from '../sim/index.ts';
export const draw = (seed: number) => createRng(seed).next();
export const later = (t: number) => t + 1;`;
    expect(await lint('src/layout/probe.ts', code)).toEqual([]);
    expect(await lint('src/sim/probe.ts', `export const later = (t: number) => t + 1;`)).toEqual(
      [],
    );
  });
});
