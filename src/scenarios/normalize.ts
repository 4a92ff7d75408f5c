/**
 * Defaults for a validated scenario file. Free of zod, so the built-in library (validated by the
 * test suite) can be loaded without the validator in the app's first load.
 */
import {
  defaultForgedAddress,
  hashString,
  type LocalizedText,
  type Scenario,
} from '../sim/index.ts';
import type { ValidScenarioFile } from './schema.ts';

type EndpointFile = NonNullable<ValidScenarioFile['client']>;
type TextFile = NonNullable<ValidScenarioFile['title']>;

/** One text for both languages, or each its own (Korean falls back to English). */
function localizedText(text: TextFile): LocalizedText {
  return typeof text === 'string'
    ? { en: text, ko: text }
    : { en: text.en, ko: text.ko ?? text.en };
}

/** One ISN, or one per connect() or listen(): the first, and the later ones when there are. */
function isns(isn: EndpointFile['isn']) {
  if (!Array.isArray(isn)) return { isn: isn ?? null };
  const [first = null, ...later] = isn;
  return { isn: first, ...(later.length === 0 ? {} : { laterIsns: later }) };
}

function endpointSpec(file: EndpointFile | undefined, defaultPort: number) {
  return {
    ...isns(file?.isn),
    port: file?.port ?? defaultPort,
    window: file?.window ?? 65535,
    mss: file?.mss ?? 1460,
    windowScale: file?.windowScale === undefined ? 7 : file.windowScale,
    sackPermitted: file?.sackPermitted ?? true,
  };
}

/** Defaults: RFC 9293's MSL of 2 minutes, RFC 6298's 1 s initial RTO and 60 s ceiling. */
export function normalizeScenario(file: ValidScenarioFile): Scenario {
  const name = file.name ?? 'custom';
  const delay = file.oneWayDelayMs ?? 100;
  return {
    name,
    title:
      file.title === undefined
        ? { en: 'Custom scenario', ko: '사용자 시나리오' }
        : localizedText(file.title),
    description:
      file.description === undefined ? { en: '', ko: '' } : localizedText(file.description),
    seed: file.seed ?? hashString(name),
    client: endpointSpec(file.client, 50000),
    server: endpointSpec(file.server, 80),
    delayMs: typeof delay === 'number' ? { clientToServer: delay, serverToClient: delay } : delay,
    mslMs: file.mslMs ?? 120_000,
    rto: {
      initialMs: file.rto?.initialMs ?? 1000,
      minMs: file.rto?.minMs ?? 1000,
      maxMs: file.rto?.maxMs ?? 60_000,
    },
    maxRetransmissions: file.maxRetransmissions ?? 5,
    // Only Linux is written down: an RFC run's scenario stays as it always was.
    ...(file.profile === 'linux' ? { profile: 'linux' as const } : {}),
    events: file.events,
    network: {
      drop: file.network?.drop ?? [],
      delay: file.network?.delay ?? [],
      duplicate: file.network?.duplicate ?? [],
    },
    ...(file.attacks === undefined || file.attacks.length === 0
      ? {}
      : {
          attacks: file.attacks.map((a) => ({
            t: a.t,
            target: a.to,
            flags: [...a.flags],
            seq: a.seq,
            ack: a.ack ?? null,
            len: a.len ?? 0,
            address: a.from ?? defaultForgedAddress(a.to),
          })),
        }),
  };
}
