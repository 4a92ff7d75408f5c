// @ts-check
/**
 * The architecture as lint: which room (folder) of src/ may import which, and only through the
 * room's public entry (index.ts). ESLint's no-restricted-imports matches import strings, which
 * cannot tell `../capture/` (ui/capture) from `../../capture/` (the importer); this rule
 * resolves each relative import to the file it names and checks the two rooms. README's
 * Architecture section draws the same table.
 */
import path from 'node:path';

/**
 * @typedef {object} Room
 * @property {readonly string[]} allow rooms this one may import
 * @property {string} is what the room is, said in the messages
 * @property {readonly string[]} [entries] its public files besides index.ts, each for a reason
 *   (a lazily loaded chunk's entry is reached by `import()`, which may name any file)
 */

const PURE_CORE = ['sim', 'themes', 'scenarios', 'capture', 'layout', 'export'];
const PURE = [...PURE_CORE, 'player', 'i18n', 'quiz', 'lab', 'links'];
/** ui/ rooms, lowest first: a room may import only rooms of a lower rank. */
const UI_RANKS = [
  ['ui/run'],
  ['ui/kit'],
  ['ui/recovery'],
  [
    'ui/ladder',
    'ui/narration',
    'ui/player',
    'ui/statediagram',
    'ui/inspector',
    'ui/settings',
    'ui/glossary',
    'ui/present',
    'ui/export',
    'ui/tour',
    'ui/tcb',
    'ui/simulation',
  ],
  ['ui/stage', 'ui/share'],
  ['ui/scenarios', 'ui/capture', 'ui/lab', 'ui/embed'],
  ['ui/shell'],
];
const UI_WHAT = [
  'the shared contexts of the run on screen (messages, numbers, run, player, selection)',
  'the kit of generic dialogs, inputs and icons',
  'the recovery from failed loads (boundaries, lazy views, the update notice)',
  'a feature that draws one part of a run or offers one tool',
  'a composition of features (the stage, the share tools)',
  'a view',
  'the shell',
];
const below = (rank) => UI_RANKS.slice(0, rank).flat();

/** @type {Record<string, Room>} */
export const ROOMS = {
  sim: {
    allow: [],
    is: 'the TCP core, which everything else builds on, so it imports nothing of ours',
  },
  themes: { allow: [], is: 'colour palettes as data' },
  scenarios: {
    allow: ['sim'],
    is: 'scenario files and the built-in library, read into the core’s Scenario',
    // The first load's zod-free entry (index.ts brings the validator).
    entries: ['builtins.ts'],
  },
  capture: { allow: ['sim'], is: 'the capture importer, which makes traces of the core’s model' },
  layout: { allow: ['sim'], is: 'trace -> geometry and steps, over the core’s trace model' },
  player: { allow: ['layout', 'sim'], is: 'the player machine, a cursor over layout’s steps' },
  export: {
    allow: ['layout', 'sim', 'themes'],
    is: 'trace -> SVG and text exports',
    // The GIF encoder's entry, for the worker that alone loads it (gifenc stays off the page).
    entries: ['gif/index.ts'],
  },
  i18n: {
    allow: PURE_CORE,
    is: 'the words: messages typed by the core’s vocabularies, and the sentences built from them',
    // The catalogues of the lazily loaded features: imported by the features' own components
    // only, so that they stay out of the first view (see FeatureMessages, useMessagesWith).
    entries: [
      'capture/catalogues.ts',
      'glossary/catalogues.ts',
      'lab/catalogues.ts',
      'legend/catalogues.ts',
      'linux/catalogues.ts',
      'shareDialogs/catalogues.ts',
      'tcb/catalogues.ts',
      'tour/catalogues.ts',
    ],
  },
  quiz: {
    allow: ['sim', 'layout', 'scenarios', 'i18n'],
    is: 'quiz questions generated from a run',
  },
  lab: { allow: ['sim', 'layout', 'scenarios', 'i18n'], is: 'the lab’s sessions as data' },
  links: {
    allow: ['sim', 'layout', 'scenarios', 'export', 'i18n'],
    is: 'the addresses and messages that cross the app’s border, validated on the way in',
  },
  pwa: { allow: [], is: 'the service worker and its registration' },
  ...Object.fromEntries(
    UI_RANKS.flatMap((rooms, rank) =>
      rooms.map((room) => [
        room,
        {
          allow: [...PURE, ...below(rank)],
          is: UI_WHAT[rank] ?? '',
        },
      ]),
    ),
  ),
  embed: {
    allow: [...PURE, ...UI_RANKS.flat()],
    is: 'the embed entries (iframe page, custom element)',
  },
  main: { allow: [...PURE, 'pwa', ...UI_RANKS.flat()], is: 'the app entry' },
};

/** The pure rooms: no React, DOM, network, storage, timers, Date or Math.random. */
export const PURE_ROOMS = PURE;

/** The room of a file under src/, or null for files outside it. */
export function roomOf(srcDir, file) {
  const parts = path.relative(srcDir, file).split(path.sep);
  if (parts[0] === '..' || path.isAbsolute(parts[0] ?? '')) return null;
  if (parts.length === 1) return parts[0] === 'main.tsx' ? 'main' : null;
  if (parts[0] === 'ui') return parts.length > 2 ? `ui/${parts[1] ?? ''}` : 'ui';
  return parts[0] ?? null;
}

const CODE = /\.(ts|tsx|js|mjs)$/;

function reason(from, to) {
  const a = ROOMS[from];
  const b = ROOMS[to];
  if (a === undefined || b === undefined) return `${to} is not a known room`;
  if (b.allow.includes(from))
    return `${to} (${b.is}) imports ${from}: the arrow points the other way`;
  if (from.startsWith('ui/') && to.startsWith('ui/')) {
    return `${from} (${a.is}) may import only rooms below it, and ${to} is ${b.is}`;
  }
  if (PURE.includes(from)) {
    return `${from} is pure (${a.is}) and may import only ${a.allow.join(', ') || 'nothing of ours'}`;
  }
  return `${from} (${a.is}) may import ${a.allow.join(', ')}`;
}

/**
 * Setup that an entry (the page, the embed page, a worker) must run before anything else loads,
 * imported for its side effect alone: zod's no-eval setting for the CSP.
 */
const ENTRY_SETUP = ['pwa/noEval.ts'];

/** @param {import('eslint').Rule.Node} node @param {string} target */
function isEntrySetup(node, target) {
  const parent = /** @type {{ type?: string, specifiers?: unknown[] }} */ (node.parent ?? {});
  if (parent.type !== 'ImportDeclaration' || (parent.specifiers ?? []).length > 0) return false;
  const inSrc = target.split(path.sep).join('/');
  return ENTRY_SETUP.some((file) => inSrc.endsWith(`/src/${file}`));
}

/** @type {import('eslint').Rule.RuleModule} */
const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Rooms import only the rooms below them, through their index.ts.' },
    schema: [],
    messages: {
      direction: 'src/{{from}} may not import src/{{to}}: {{why}}. See README, Architecture.',
      entry:
        'Import src/{{to}} through its index.ts, not {{file}}: a room’s other files are private, so it can reorganise them without breaking its importers.',
      outside: 'src/ may not import {{file}}: the app is built from src/ alone.',
    },
  },
  create(context) {
    const srcDir = path.join(context.cwd, 'src');
    const file = context.filename;
    const from = roomOf(srcDir, file);
    if (from === null) return {};
    /** @param {import('eslint').Rule.Node} node @param {unknown} value @param {boolean} [lazy] */
    function check(node, value, lazy = false) {
      if (typeof value !== 'string' || !value.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), value.split('?')[0] ?? value);
      const to = roomOf(srcDir, target);
      if (to === null) {
        if (path.relative(srcDir, target).startsWith('..')) {
          context.report({ node, messageId: 'outside', data: { file: value } });
        }
        return;
      }
      if (to === from) return;
      if (lazy === false && isEntrySetup(node, target)) return;
      if (!(ROOMS[from]?.allow ?? []).includes(to)) {
        context.report({ node, messageId: 'direction', data: { from, to, why: reason(from, to) } });
        return;
      }
      // Styles have no API to hide; import() names a lazily loaded chunk by its entry file.
      if (!CODE.test(target) || lazy) return;
      const inRoom = path.relative(path.join(srcDir, to), target).split(path.sep).join('/');
      if (inRoom === 'index.ts' || (ROOMS[to]?.entries ?? []).includes(inRoom)) return;
      context.report({ node, messageId: 'entry', data: { to, file: inRoom } });
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node.source, node.source.value, true),
    };
  },
};

export default { rules: { imports: importsRule } };
