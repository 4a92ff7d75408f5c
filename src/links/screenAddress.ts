/**
 * What the address bar says is on screen, as one typed value: the view, the Lab's mode, the
 * scenario, the step, the language, the number mode, presentation, the SYN flood's settings, the
 * capture sample and its conversation, and a custom scenario in the fragment (`#s=1.<data>`).
 * `step` is the player's step of the view on screen: the Scenarios view's, the Lab's, or, in the
 * capture view, the step of a bundled sample's conversation (so the capture view writes no
 * `scenario` and a `step` only with a `stream`). Reading takes anything
 * (it is the outside world's text) and falls back to the default for whatever is unknown or out
 * of range; writing puts the parameters it owns in one order, leaves out defaults, and keeps
 * parameters it does not own after them.
 */
import type { LabMode, Lang, ViewId } from '../i18n/index.ts';
import { isLang } from '../i18n/index.ts';
import type { NumberMode } from '../layout/index.ts';
import { SYN_FLOOD_DEFAULTS, SYN_FLOOD_LIMITS } from '../sim/index.ts';
import { PAYLOAD_PARAM, payloadOf } from './linkedLibrary.ts';

const VIEWS: readonly ViewId[] = ['scenarios', 'capture', 'lab'];
/** The Lab's modes, in the order its navigation shows them. */
export const LAB_MODES: readonly LabMode[] = ['drive', 'flood', 'quiz'];

/** The SYN flood's settings a user can change (everything else is the model's default). */
export interface FloodSettings {
  backlog: number;
  attackSyns: number;
  synCookies: boolean;
}

export const DEFAULT_FLOOD: FloodSettings = {
  backlog: SYN_FLOOD_DEFAULTS.backlog,
  attackSyns: SYN_FLOOD_DEFAULTS.attackSyns,
  synCookies: SYN_FLOOD_DEFAULTS.synCookies,
};

export interface ScreenAddress {
  view: ViewId;
  /** The Lab's mode (written only in the Lab). */
  lab: LabMode;
  /** A built-in scenario's name: the Scenarios view's, or the one the quiz runs on. */
  scenario: string | null;
  /** The player's step (in the capture view, that of the sample's conversation). */
  step: number | null;
  /** The language, when the user chose one (otherwise the browser's is used). */
  lang: Lang | null;
  numbers: NumberMode;
  present: boolean;
  /** The SYN flood's settings (written only in the Lab's flood mode). */
  flood: FloodSettings;
  /** A bundled capture sample's name (the capture view). */
  sample: string | null;
  /** The sample's conversation on screen (Wireshark's tcp.stream), written only with `sample`. */
  stream: number | null;
  /** A scenario file packed into the fragment (see scenarioCodec.ts), unchecked. */
  payload: string | null;
}

const KEYS = {
  view: 'view',
  lab: 'lab',
  sample: 'sample',
  stream: 'stream',
  scenario: 'scenario',
  step: 'step',
  lang: 'lang',
  numbers: 'numbers',
  present: 'present',
  backlog: 'backlog',
  attackSyns: 'syns',
  synCookies: 'cookies',
} as const;

const MAX_STEP = 1_000_000;
const MAX_STREAM = 1_000_000;
const MAX_NAME = 80;

function wholeIn(text: string | null, min: number, max: number): number | null {
  if (text === null || !/^\d{1,7}$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

function name(text: string | null): string | null {
  return text === null || text === '' ? null : text.slice(0, MAX_NAME);
}

/** Reads an address (`location.search` and `location.hash`). */
export function readScreenAddress(search: string, hash: string): ScreenAddress {
  const p = new URLSearchParams(search);
  const view = VIEWS.find((v) => v === p.get(KEYS.view)) ?? 'scenarios';
  const lang = p.get(KEYS.lang);
  const { backlog, attackSyns } = SYN_FLOOD_LIMITS;
  const sample = view === 'capture' ? name(p.get(KEYS.sample)) : null;
  const stream = sample === null ? null : wholeIn(p.get(KEYS.stream), 0, MAX_STREAM);
  // In the capture view a step belongs to the conversation, so it means nothing without one.
  const step =
    view === 'capture' && stream === null ? null : wholeIn(p.get(KEYS.step), 0, MAX_STEP);
  return {
    view,
    lab: LAB_MODES.find((m) => m === p.get(KEYS.lab)) ?? 'drive',
    scenario: name(p.get(KEYS.scenario)),
    step,
    lang: isLang(lang) ? lang : null,
    numbers: p.get(KEYS.numbers) === 'relative' ? 'relative' : 'absolute',
    present: p.get(KEYS.present) === '1',
    flood: {
      backlog: wholeIn(p.get(KEYS.backlog), backlog.min, backlog.max) ?? DEFAULT_FLOOD.backlog,
      attackSyns:
        wholeIn(p.get(KEYS.attackSyns), attackSyns.min, attackSyns.max) ?? DEFAULT_FLOOD.attackSyns,
      synCookies:
        p.get(KEYS.synCookies) === null ? DEFAULT_FLOOD.synCookies : p.get(KEYS.synCookies) === '1',
    },
    sample,
    stream,
    payload: payloadOf(hash),
  };
}

const OWNED = new Set<string>(Object.values(KEYS));

function put(p: URLSearchParams, key: string, value: string | null): void {
  if (value !== null) p.set(key, value);
}

/**
 * The address (`?query#fragment`) for a screen, keeping the parameters of `search` it does not
 * own. Defaults are left out, and settings of another view are dropped.
 */
export function screenHref(search: string, screen: ScreenAddress): string {
  const p = new URLSearchParams();
  const lab = screen.view === 'lab';
  const flood = lab && screen.lab === 'flood';
  const capture = screen.view === 'capture';
  const sample = capture ? screen.sample : null;
  const stream = sample === null ? null : screen.stream;
  const step = capture && stream === null ? null : screen.step;
  put(p, KEYS.view, screen.view === 'scenarios' ? null : screen.view);
  put(p, KEYS.lab, lab && screen.lab !== 'drive' ? screen.lab : null);
  // What is on screen comes before where in it: a capture's sample and conversation, then the step.
  put(p, KEYS.sample, sample);
  put(p, KEYS.stream, stream === null ? null : String(stream));
  put(p, KEYS.scenario, capture ? null : screen.scenario);
  put(p, KEYS.step, step === null ? null : String(step));
  put(p, KEYS.lang, screen.lang);
  put(p, KEYS.numbers, screen.numbers === 'relative' ? 'relative' : null);
  put(p, KEYS.present, screen.present ? '1' : null);
  const { backlog, attackSyns, synCookies } = screen.flood;
  put(p, KEYS.backlog, flood && backlog !== DEFAULT_FLOOD.backlog ? String(backlog) : null);
  put(
    p,
    KEYS.attackSyns,
    flood && attackSyns !== DEFAULT_FLOOD.attackSyns ? String(attackSyns) : null,
  );
  put(
    p,
    KEYS.synCookies,
    flood && synCookies !== DEFAULT_FLOOD.synCookies ? (synCookies ? '1' : '0') : null,
  );
  for (const [key, value] of new URLSearchParams(search)) {
    if (!OWNED.has(key)) p.append(key, value);
  }
  const query = p.toString();
  const fragment =
    screen.payload === null
      ? ''
      : `#${new URLSearchParams({ [PAYLOAD_PARAM]: screen.payload }).toString()}`;
  return `${query === '' ? '' : `?${query}`}${fragment}`;
}

/** The address after a change to part of what is on screen (`location`'s search and hash). */
export function patchScreenHref(
  location: { search: string; hash: string },
  patch: Partial<ScreenAddress>,
): string {
  const now = readScreenAddress(location.search, location.hash);
  return screenHref(location.search, { ...now, ...patch });
}
