/**
 * The built-in scenarios. They live as JSON data and pass through the same schema as a user's
 * file, so the library can never hold a scenario the format would reject.
 */
import type { Scenario } from '../sim/index.ts';
import { normalizeScenario } from './normalize.ts';
import type { ValidScenarioFile } from './schema.ts';
import abortMidConnection from './library/abort-mid-connection.json' with { type: 'json' };
import basicHandshake from './library/basic-handshake.json' with { type: 'json' };
import blindRstExact from './library/blind-rst-exact.json' with { type: 'json' };
import blindRstInWindow from './library/blind-rst-in-window.json' with { type: 'json' };
import blindRstOutsideWindow from './library/blind-rst-outside-window.json' with { type: 'json' };
import clientClosesFirst from './library/client-closes-first.json' with { type: 'json' };
import forgedSynEstablished from './library/forged-syn-established.json' with { type: 'json' };
import halfClose from './library/half-close.json' with { type: 'json' };
import handshakeWithData from './library/handshake-with-data.json' with { type: 'json' };
import lostData from './library/lost-data.json' with { type: 'json' };
import lostFinalAck from './library/lost-final-ack.json' with { type: 'json' };
import lostSyn from './library/lost-syn.json' with { type: 'json' };
import lostSynAck from './library/lost-syn-ack.json' with { type: 'json' };
import oldDuplicate from './library/old-duplicate.json' with { type: 'json' };
import reorderedSegments from './library/reordered-segments.json' with { type: 'json' };
import serverClosesFirst from './library/server-closes-first.json' with { type: 'json' };
import simultaneousClose from './library/simultaneous-close.json' with { type: 'json' };
import simultaneousOpen from './library/simultaneous-open.json' with { type: 'json' };
import synToClosedPort from './library/syn-to-closed-port.json' with { type: 'json' };
import timeWaitReconnectHigherIsn from './library/time-wait-reconnect-higher-isn.json' with { type: 'json' };
import timeWaitReconnectLowerIsn from './library/time-wait-reconnect-lower-isn.json' with { type: 'json' };
import transfer64k from './library/transfer-64k.json' with { type: 'json' };

/** The library's files in the order the picker shows them. */
export const builtInScenarioFiles: readonly unknown[] = [
  basicHandshake,
  handshakeWithData,
  clientClosesFirst,
  serverClosesFirst,
  halfClose,
  simultaneousOpen,
  simultaneousClose,
  synToClosedPort,
  abortMidConnection,
  lostSyn,
  lostSynAck,
  lostData,
  lostFinalAck,
  oldDuplicate,
  reorderedSegments,
  transfer64k,
  blindRstOutsideWindow,
  blindRstInWindow,
  blindRstExact,
  forgedSynEstablished,
  timeWaitReconnectHigherIsn,
  timeWaitReconnectLowerIsn,
];

/**
 * The built-in files are trusted data: tests/scenarios/schema.test.ts validates every one with
 * the same schema as a user's file, so here they only get their defaults (and zod stays out of
 * the first load).
 */
function load(file: unknown): Scenario {
  return normalizeScenario(file as ValidScenarioFile);
}

/** Every built-in scenario, validated and with defaults applied. */
export const builtInScenarios: readonly Scenario[] = builtInScenarioFiles.map(load);

/** The built-in scenario of that name, if there is one. */
export function getScenario(name: string): Scenario | undefined {
  return builtInScenarios.find((s) => s.name === name);
}

/** The scenario the app opens with: the 3-way handshake, the first thing a newcomer should see. */
export const DEFAULT_SCENARIO_NAME = 'basic-handshake';
