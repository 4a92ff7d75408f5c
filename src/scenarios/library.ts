/**
 * The built-in scenarios. They live as JSON data and pass through the same schema as a user's
 * file, so the library can never hold a scenario the format would reject.
 */
import type { Scenario } from '../sim/index.ts';
import { normalizeScenario } from './normalize.ts';
import type { ValidScenarioFile } from './schema.ts';
import abortMidConnection from './library/abort-mid-connection.json';
import basicHandshake from './library/basic-handshake.json';
import clientClosesFirst from './library/client-closes-first.json';
import halfClose from './library/half-close.json';
import handshakeWithData from './library/handshake-with-data.json';
import lostData from './library/lost-data.json';
import lostFinalAck from './library/lost-final-ack.json';
import lostSyn from './library/lost-syn.json';
import lostSynAck from './library/lost-syn-ack.json';
import oldDuplicate from './library/old-duplicate.json';
import reorderedSegments from './library/reordered-segments.json';
import serverClosesFirst from './library/server-closes-first.json';
import simultaneousClose from './library/simultaneous-close.json';
import simultaneousOpen from './library/simultaneous-open.json';
import synToClosedPort from './library/syn-to-closed-port.json';
import transfer64k from './library/transfer-64k.json';

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
