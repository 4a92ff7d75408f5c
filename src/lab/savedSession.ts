/**
 * The lab's autosave: the session as JSON in local storage, and reading it back as untrusted
 * input (another version, a hand edit or a truncated write must not break the lab). A save that
 * cannot be read, or whose run the cost model expects past the lab's budget, is refused here; the
 * UI then sets it aside (kept under `SET_ASIDE_KEY`, offered for download) so it is never run
 * again on the next load.
 */
import { z } from 'zod';
import type { RestoreProblem } from '../i18n/index.ts';
import { firstErrors, formatPath, issueText, parseScenario } from '../scenarios/index.ts';
import { estimateCost } from '../sim/index.ts';
import { MAX_LAB_SEGMENTS } from './importFile.ts';
import { scenarioOf, type LabAction, type LabSession } from './labSession.ts';
import { toScenarioFile } from './scenarioFile.ts';

/** Where the session is kept; the version is part of the key. */
export const AUTOSAVE_KEY = 'handshake-lab.lab-session.v1';
/** Where a save that could not be restored is kept, for the user to download. */
export const SET_ASIDE_KEY = 'handshake-lab.lab-session.set-aside';

const endpoint = z.enum(['client', 'server']);
const time = z.number().min(-1).max(86_400_000);
const u32 = z.number().int().min(0).max(0xffff_ffff);
const actionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('call'),
    t: z.number().int().min(0).max(86_400_000),
    endpoint,
    call: z.enum(['listen', 'connect', 'send', 'close', 'abort']),
    bytes: z.number().int().min(1).optional(),
  }),
  z.strictObject({
    kind: z.literal('fault'),
    t: time,
    fault: z.enum(['drop', 'delay', 'duplicate']),
    from: endpoint,
    index: z.number().int().min(1),
    ms: z.number().int().min(0).optional(),
  }),
  z.strictObject({
    kind: z.literal('attack'),
    t: z.number().int().min(0).max(86_400_000),
    target: endpoint,
    flags: z.array(z.enum(['SYN', 'ACK', 'PSH', 'RST', 'FIN'])).max(5),
    seq: u32,
    ack: u32.nullable(),
    len: z.number().int().min(0).max(65_535),
    address: z.string().min(1).max(64),
  }),
]);

const savedSchema = z.strictObject({
  version: z.literal(1),
  scenario: z.unknown(),
  actions: z.array(actionSchema).max(10_000),
  moment: time,
});

/** A saved session and the moment the player was at. */
export interface SavedSession {
  session: LabSession;
  moment: number;
}

/** The text to store. */
export function encodeSession(session: LabSession, moment: number): string {
  return JSON.stringify({
    version: 1,
    scenario: toScenarioFile({ ...session.base, events: [] }),
    actions: session.actions,
    moment,
  });
}

/** Reads stored text back; a problem is described (as data, worded by the lab), never thrown. */
export function decodeSession(
  text: string,
): { ok: true; saved: SavedSession } | { ok: false; problem: RestoreProblem } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  const envelope = savedSchema.safeParse(json);
  if (!envelope.success) return { ok: false, problem: envelopeProblem(envelope.error.issues) };
  const base = parseScenario(envelope.data.scenario);
  if (!base.ok) return { ok: false, problem: invalid(envelope.data.scenario) };
  const actions: LabAction[] = envelope.data.actions;
  for (let i = 1; i < actions.length; i++) {
    if ((actions[i]?.t ?? 0) < (actions[i - 1]?.t ?? 0)) {
      return { ok: false, problem: { kind: 'out-of-order', index: i } };
    }
  }
  const session: LabSession = { base: base.scenario, actions };
  // The whole run must still be a file the format accepts (limits on bytes, counts, times).
  const file = toScenarioFile(scenarioOf(session));
  const whole = parseScenario(file);
  if (!whole.ok) return { ok: false, problem: invalid(file) };
  const { segments } = estimateCost(whole.scenario);
  if (segments > MAX_LAB_SEGMENTS) {
    return { ok: false, problem: { kind: 'too-heavy', segments, max: MAX_LAB_SEGMENTS } };
  }
  return { ok: true, saved: { session, moment: envelope.data.moment } };
}

/** What is wrong with the save's outer shape, in plain words rather than the schema's. */
function envelopeProblem(issues: readonly z.core.$ZodIssue[]): RestoreProblem {
  const [issue] = issues;
  if (issue === undefined) return { kind: 'other-version' };
  const [top] = issue.path;
  // Not an object, or another version's: not a save this lab can read.
  if (top === undefined || top === 'version') return { kind: 'other-version' };
  // zod says a missing part is of the wrong type ("expected nonoptional, received undefined").
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) {
    return { kind: 'missing', where: formatPath(issue.path) };
  }
  return described(
    issues.map((i) => issueText(i, 'en')),
    issues.map((i) => issueText(i, 'ko')),
  );
}

/** The scenario schema's errors for a file, in both languages. */
function invalid(file: unknown): RestoreProblem {
  const errorsIn = (lang: 'en' | 'ko'): string[] => {
    const result = parseScenario(file, lang);
    return result.ok ? [] : result.errors;
  };
  return described(errorsIn('en'), errorsIn('ko'));
}

function described(en: readonly string[], ko: readonly string[]): RestoreProblem {
  const first = firstErrors(en);
  return {
    kind: 'invalid',
    errors: { en: first.shown, ko: firstErrors(ko).shown },
    more: first.more,
  };
}
