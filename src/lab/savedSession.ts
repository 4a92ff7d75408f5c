/**
 * The lab's autosave: the session as JSON in local storage, and reading it back as untrusted
 * input (another version, a hand edit or a truncated write must not break the lab). A save that
 * cannot be read, or whose run the cost model expects past the lab's budget, is refused here; the
 * UI then sets it aside (kept under `SET_ASIDE_KEY`, offered for download) so it is never run
 * again on the next load.
 */
import { z } from 'zod';
import { firstErrors, parseScenario } from '../scenarios/index.ts';
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

/** Reads stored text back; a problem is described, never thrown. */
export function decodeSession(
  text: string,
): { ok: true; saved: SavedSession } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  const envelope = savedSchema.safeParse(json);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    if (issue === undefined) return { ok: false, error: 'unreadable' };
    const where = issue.path.length === 0 ? 'the save' : issue.path.join('.');
    return { ok: false, error: `${where}: ${issue.message.replace(/^Invalid input: /, '')}` };
  }
  const base = parseScenario(envelope.data.scenario);
  if (!base.ok) return { ok: false, error: errorList(base.errors) };
  const actions: LabAction[] = envelope.data.actions;
  for (let i = 1; i < actions.length; i++) {
    if ((actions[i]?.t ?? 0) < (actions[i - 1]?.t ?? 0)) {
      return { ok: false, error: `actions[${String(i)}]: out of time order` };
    }
  }
  const session: LabSession = { base: base.scenario, actions };
  // The whole run must still be a file the format accepts (limits on bytes, counts, times).
  const whole = parseScenario(toScenarioFile(scenarioOf(session)));
  if (!whole.ok) return { ok: false, error: errorList(whole.errors) };
  const { segments } = estimateCost(whole.scenario);
  if (segments > MAX_LAB_SEGMENTS) {
    return {
      ok: false,
      error: `its run would send about ${String(segments)} segments; the lab drives at most ${String(MAX_LAB_SEGMENTS)}`,
    };
  }
  return { ok: true, saved: { session, moment: envelope.data.moment } };
}

function errorList(errors: readonly string[]): string {
  const { shown, more } = firstErrors(errors);
  return `${shown.join('; ')}${more > 0 ? ` (and ${String(more)} more)` : ''}`;
}
