/**
 * A lab session in a share link: written as the scenario file it stands for (the format every
 * player opens: the app, the embed page, the custom element), packed into the fragment; read back
 * as untrusted input, with the lab's own limits.
 */
import type { LinkProblem } from '../../i18n/index.ts';
import {
  importScenarioJson,
  scenarioOf,
  toScenarioFile,
  type LabSession,
} from '../../lab/index.ts';
import { packScenario, unpackScenario } from '../../links/index.ts';
import { firstErrors } from '../../scenarios/index.ts';

/** The fragment payload (`1.<data>`) of a session. */
export function sessionPayload(session: LabSession): string {
  return packScenario(toScenarioFile(scenarioOf(session)));
}

export type OpenedSessionLink =
  { ok: true; session: LabSession } | { ok: false; problem: LinkProblem };

/** The session a payload holds, or what is wrong with it. */
export function openSessionLink(payload: string): OpenedSessionLink {
  const unpacked = unpackScenario(payload);
  if (!unpacked.ok) return unpacked;
  const imported = importScenarioJson(unpacked.json, 'link');
  if (imported.ok) return { ok: true, session: imported.session };
  const { notice } = imported;
  if (notice.kind === 'import-too-heavy') {
    const { segments, max, cause } = notice;
    return { ok: false, problem: { kind: 'too-heavy', segments, max, cause } };
  }
  const { shown, more } = firstErrors(notice.kind === 'import-failed' ? notice.errors : []);
  return { ok: false, problem: { kind: 'invalid', errors: shown, more } };
}
