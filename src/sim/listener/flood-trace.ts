/** The trace a finished SYN-flood run hands back: its source, its two lanes, events and notes. */
import { why } from '../reasons.ts';
import type { TraceLog } from '../runtime/index.ts';
import type { Trace } from '../trace.ts';
import type { SynFloodConfig } from './flood-config.ts';
import { CLIENT_PORT, FLOOD_ADDRESSES, SERVER_PORT } from './flood-hosts.ts';
import { floodWhy } from './flood-reasons.ts';

/**
 * Builds the trace of a finished run. The server's ISN is that of its connection with the
 * legitimate client, or null when the client never got one.
 */
export function buildFloodTrace(
  config: SynFloodConfig,
  log: TraceLog,
  clientIsn: number,
  serverIsn: number | null,
): Trace {
  return {
    source: {
      kind: 'scenario',
      name: config.synCookies ? 'syn-flood-cookies' : 'syn-flood',
      seed: config.seed,
    },
    endpoints: {
      client: {
        port: CLIENT_PORT,
        address: FLOOD_ADDRESSES.client,
        initialState: 'CLOSED',
        finalState: log.laneState('client'),
        isn: clientIsn,
        isnSource: 'seeded',
      },
      server: {
        port: SERVER_PORT,
        address: FLOOD_ADDRESSES.server,
        initialState: 'CLOSED',
        finalState: log.laneState('server'),
        isn: serverIsn,
        isnSource: serverIsn === null ? 'unknown' : 'seeded',
      },
    },
    events: [...log.events],
    notes: [
      floodWhy('note-flood-model', {
        capacity: config.backlog,
        synAckRetries: config.synAckRetries,
        clientSynRetries: config.clientSynRetries,
      }),
      why('note-isn-seeded', { seed: config.seed }),
    ],
  };
}
