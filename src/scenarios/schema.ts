/**
 * The public scenario format (instructors write these by hand) and its validation. Everything
 * but `events` has a default; every error names the place and the reason.
 */
import { z } from 'zod';
import { normalizeScenario } from './normalize.ts';
import { KO_TOP_LEVEL, koreanIssueMessage } from './schema-messages-ko.ts';
import type { Profile, Scenario } from '../sim/index.ts';

const CALLS = ['listen', 'connect', 'send', 'close', 'abort'] as const;
const ENDPOINTS = ['client', 'server'] as const;
const PROFILES = ['rfc9293', 'linux'] as const satisfies readonly Profile[];
const U32_MAX = 0xffff_ffff;
/** The largest window RFC 7323 allows: 65535 << 14. */
const MAX_WINDOW = 65535 * 2 ** 14;
/** Keeps a hostile file from asking for an endless run. */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
/** The window-scale shift offered when a file names none (as normalizeScenario fills in). */
const DEFAULT_WINDOW_SCALE = 7;

const whole = (label: string, min: number, max: number) =>
  z
    .number({ error: `expected ${label}` })
    // zod's int() is "a safe integer": 1e20 is whole but too large, and says so.
    .int({
      error: (issue) =>
        Number.isInteger(issue.input) ? `must be at most ${max}` : 'expected a whole number',
    })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

/**
 * The superRefine's window checks in JSON Schema's words, for the published schema (editors and
 * other validators): a window the scale shift rounds down to zero, and a window over 65535
 * without scaling.
 */
function windowRules(): object[] {
  const atLeast = (shift: number) => ({
    properties: { window: { type: 'integer', minimum: 2 ** shift } },
  });
  const rules: object[] = [
    {
      if: { required: ['window'], not: { required: ['windowScale'] } },
      then: atLeast(DEFAULT_WINDOW_SCALE),
    },
    {
      if: { properties: { windowScale: { type: 'null' } }, required: ['windowScale'] },
      then: { properties: { window: { type: 'integer', maximum: 65535 } } },
    },
  ];
  for (let shift = 1; shift <= 14; shift++) {
    rules.push({
      if: { properties: { windowScale: { const: shift } }, required: ['windowScale'] },
      then: atLeast(shift),
    });
  }
  return rules;
}

const sequenceNumber = () => whole('a sequence number (0 to 4294967295)', 0, U32_MAX);

const endpointSchema = z
  .strictObject({
    isn: z
      .union(
        [
          sequenceNumber(),
          z
            .array(sequenceNumber(), { error: 'expected a list of sequence numbers' })
            .min(1, { error: 'must not be empty' })
            .max(100, { error: 'at most 100 ISNs' }),
        ],
        { error: 'expected a sequence number (0 to 4294967295), or a list of them' },
      )
      .optional()
      .meta({
        description:
          'Initial sequence number, or a list: one per connect() or listen() of this endpoint, in order (past the end, the last is used again). Omitted: drawn from the seeded generator.',
      }),
    port: whole('a port number', 1, 65535)
      .optional()
      .meta({ description: 'TCP port. Default: 50000 for the client, 80 for the server.' }),
    window: whole('a window size in bytes', 1, MAX_WINDOW)
      .optional()
      .meta({ description: 'Receive window in bytes. Default: 65535.' }),
    mss: whole('a maximum segment size in bytes', 1, 65495)
      .optional()
      .meta({ description: 'Maximum segment size offered in the SYN. Default: 1460.' }),
    windowScale: whole('a window-scale shift (0 to 14) or null', 0, 14).nullable().optional().meta({
      description:
        'Window-scale shift offered in the SYN (RFC 7323), or null to offer none. Default: 7.',
    }),
    sackPermitted: z
      .boolean({ error: 'expected true or false' })
      .optional()
      .meta({ description: 'Offer SACK in the SYN (RFC 2018). Default: true.' }),
  })
  .meta({ allOf: windowRules() });

const text = z.string({ error: 'expected text' }).min(1, { error: 'must not be empty' }).max(300, {
  error: 'must be at most 300 characters',
});
/** Text in both languages, or one text for both: normalizeScenario makes every one `{ en, ko }`. */
const localized = (what: string) =>
  z
    .union([text, z.strictObject({ en: text, ko: text.optional() })], {
      error: 'expected text, or { "en": text, "ko": text }',
    })
    .meta({
      description: `${what}: one text for both languages, or { "en", "ko" } (Korean falls back to English).`,
    });

const endpointName = z.enum(ENDPOINTS, { error: 'expected one of client, server' });
const fault = {
  from: endpointName.meta({ description: 'The endpoint that sends the segment.' }),
  index: whole('a segment index (from 1)', 1, 1_000_000).meta({
    description: "Which of that endpoint's segments, counting from 1 (retransmissions count).",
  }),
};
const delayMs = whole('a time in ms', 0, 3_600_000);

const eventSchema = z
  .strictObject({
    t: whole('a time in ms', 0, 86_400_000).meta({ description: 'When, in ms from the start.' }),
    endpoint: endpointName.meta({ description: 'Which endpoint makes the call.' }),
    call: z
      .enum(CALLS, { error: 'expected one of listen, connect, send, close, abort' })
      .meta({ description: 'The application call (RFC 9293 §3.10.1 to §3.10.5).' }),
    bytes: whole('a byte count', 1, MAX_TOTAL_BYTES)
      .optional()
      .meta({ description: 'How many bytes to send: required with send, and only there.' }),
  })
  .meta({
    // The superRefine's rule for bytes, in JSON Schema's words.
    if: { properties: { call: { const: 'send' } }, required: ['call'] },
    then: { required: ['bytes'] },
    else: { not: { required: ['bytes'] } },
  });

const FORGED_FLAGS = ['SYN', 'ACK', 'FIN', 'RST', 'PSH'] as const;

const attackSchema = z
  .strictObject({
    t: whole('a time in ms', 0, 86_400_000).meta({ description: 'When it is sent, in ms.' }),
    to: endpointName.meta({
      description: 'The endpoint it is sent to; it claims to come from the other one.',
    }),
    flags: z
      .array(z.enum(FORGED_FLAGS, { error: 'expected one of SYN, ACK, FIN, RST, PSH' }), {
        error: 'expected a list of flags',
      })
      .max(5)
      .meta({ description: 'Its control flags, e.g. ["RST"] or ["SYN"].' }),
    seq: whole('a sequence number (0 to 4294967295)', 0, U32_MAX).meta({
      description: 'Its SEQ: the attacker’s guess.',
    }),
    ack: whole('a sequence number (0 to 4294967295)', 0, U32_MAX)
      .optional()
      .meta({ description: 'Its ACK, with the ACK flag and only there.' }),
    len: whole('a byte count', 0, 65535)
      .optional()
      .meta({ description: 'Payload length. Default: 0.' }),
    from: z
      .string({ error: 'expected text' })
      .min(1, { error: 'must not be empty' })
      .max(64, { error: 'must be at most 64 characters' })
      .optional()
      .meta({
        description:
          'The address it claims (its ports are the connection’s own). Default: 192.0.2.1 for the client, 192.0.2.2 for the server (RFC 5737).',
      }),
  })
  .meta({
    if: {
      properties: { flags: { type: 'array', contains: { const: 'ACK' } } },
      required: ['flags'],
    },
    then: { required: ['ack'] },
    else: { not: { required: ['ack'] } },
  });

const endpointDescription = (side: string, port: number) =>
  `The ${side}'s TCP settings. Default: port ${port}, window 65535, mss 1460, windowScale 7, sackPermitted true, a seeded ISN.`;

/** The scenario file as written. */
export const scenarioFileSchema = z
  .strictObject({
    $schema: z
      .string({ error: 'expected text' })
      .optional()
      .meta({ description: 'The JSON Schema of this format, for editors; the app ignores it.' }),
    name: z
      .string({ error: 'expected text' })
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
        error: 'use 1 to 64 lowercase letters, digits and dashes',
      })
      .optional()
      .meta({
        description:
          'Short name: 1 to 64 lowercase letters, digits and dashes. Default: "custom". It seeds the ISNs when seed is omitted.',
      }),
    title: localized('The title').optional(),
    description: localized('One or two sentences shown before the first step').optional(),
    seed: whole('a seed (0 to 4294967295)', 0, U32_MAX)
      .optional()
      .meta({ description: 'Seed of the random choices (ISNs). Default: a hash of name.' }),
    client: endpointSchema.optional().meta({ description: endpointDescription('client', 50000) }),
    server: endpointSchema.optional().meta({ description: endpointDescription('server', 80) }),
    oneWayDelayMs: z
      .union([delayMs, z.strictObject({ clientToServer: delayMs, serverToClient: delayMs })], {
        error: 'expected a time in ms, or { clientToServer, serverToClient }',
      })
      .optional()
      .meta({
        description:
          'One-way network delay in ms, or one per direction { clientToServer, serverToClient }. Default: 100.',
      }),
    mslMs: whole('a time in ms', 1, 600_000).optional().meta({
      description: 'Maximum segment lifetime; TIME-WAIT lasts 2 MSL. Default: 120000 (RFC 9293).',
    }),
    rto: z
      .strictObject({
        initialMs: whole('a time in ms', 1, 600_000).optional(),
        minMs: whole('a time in ms', 1, 600_000).optional(),
        maxMs: whole('a time in ms', 1, 600_000).optional(),
      })
      .optional()
      .meta({
        description:
          'Retransmission timer (RFC 6298): initialMs 1000, minMs 1000, maxMs 60000 by default; minMs must not exceed maxMs.',
      }),
    profile: z.enum(PROFILES, { error: 'expected one of rfc9293, linux' }).optional().meta({
      description:
        'How both endpoints behave: "rfc9293" as RFC 9293 is written (the default), or "linux" as the Linux kernel does with its default sysctls (delayed ACKs of up to 40 ms, TIME-WAIT of 60 s whatever mslMs says, SYN retries 6, SYN+ACK retries 5, FIN-WAIT-2 timeout 60 s, abort RST with ACK, RTO ceiling 120 s).',
    }),
    maxRetransmissions: whole('a retry count', 0, 30)
      .optional()
      .meta({ description: 'Retransmissions of one segment before giving up. Default: 5.' }),
    events: z
      .array(eventSchema, { error: 'expected a list of events' })
      .max(10_000, {
        error: 'at most 10000 events',
      })
      .meta({
        description: `The application calls, each at its time t. The sends may add up to at most ${MAX_TOTAL_BYTES} bytes.`,
      }),
    attacks: z
      .array(attackSchema, { error: 'expected a list of forged segments' })
      .max(100, { error: 'at most 100 forged segments' })
      .optional()
      .meta({
        description:
          'Segments an off-path attacker injects, each forged to come from the other endpoint (RFC 5961).',
      }),
    network: z
      .strictObject({
        drop: z
          .array(z.strictObject(fault))
          .max(1000)
          .optional()
          .meta({ description: 'Segments the network loses.' }),
        delay: z
          .array(
            z.strictObject({
              ...fault,
              ms: delayMs.meta({ description: 'Extra delay in ms.' }),
            }),
          )
          .max(1000)
          .optional()
          .meta({ description: 'Segments the network holds back longer (they can overtake).' }),
        duplicate: z
          .array(
            z.strictObject({
              ...fault,
              ms: delayMs.optional().meta({
                description:
                  'How long after the original the copy arrives, in ms. Default: half the one-way delay.',
              }),
            }),
          )
          .max(1000)
          .optional()
          .meta({ description: 'Segments the network delivers twice.' }),
      })
      .optional()
      .meta({
        description: 'Faults, each naming a segment as { from, index }.',
      }),
  })
  .meta({
    title: 'Handshake Lab scenario',
    description:
      'A TCP scenario for Handshake Lab: two endpoints, their settings, the application calls and the faults of the network. Everything but events has a default.',
  })
  .superRefine((file, ctx) => {
    let total = 0;
    file.events.forEach((e, i) => {
      if (e.call === 'send' && e.bytes === undefined) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'bytes'], message: 'send needs bytes' });
      }
      if (e.call !== 'send' && e.bytes !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'bytes'],
          message: `bytes only goes with send, not ${e.call}`,
        });
      }
      total += e.bytes ?? 0;
    });
    const eachFits = file.events.every((e) => (e.bytes ?? 0) <= MAX_TOTAL_BYTES);
    if (eachFits && total > MAX_TOTAL_BYTES) {
      ctx.addIssue({
        code: 'custom',
        path: ['events'],
        message: `the sends add up to ${total} bytes; at most ${MAX_TOTAL_BYTES}`,
      });
    }
    file.attacks?.forEach((a, i) => {
      if (a.flags.includes('ACK') && a.ack === undefined) {
        ctx.addIssue({ code: 'custom', path: ['attacks', i, 'ack'], message: 'ACK needs ack' });
      }
      if (!a.flags.includes('ACK') && a.ack !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['attacks', i, 'ack'],
          message: 'ack only goes with the ACK flag',
        });
      }
    });
    const rto = file.rto;
    if (rto?.minMs !== undefined && rto.maxMs !== undefined && rto.minMs > rto.maxMs) {
      ctx.addIssue({
        code: 'custom',
        path: ['rto', 'minMs'],
        message: 'must not exceed rto.maxMs',
      });
    }
    for (const id of ENDPOINTS) {
      const ep = file[id];
      const shift = ep?.windowScale === undefined ? DEFAULT_WINDOW_SCALE : ep.windowScale;
      const window = ep?.window ?? 65535;
      if (shift !== null && window >>> shift === 0) {
        ctx.addIssue({
          code: 'custom',
          path: [id, 'window'],
          message: `with windowScale ${shift} the window must be at least ${2 ** shift} bytes, or it is advertised as 0`,
        });
      }
      if (ep?.windowScale === null && ep.window !== undefined && ep.window > 65535) {
        ctx.addIssue({
          code: 'custom',
          path: [id, 'window'],
          message: 'a window over 65535 needs windowScale (RFC 7323)',
        });
      }
    }
  });

/** The scenario file's type as written. */
export type ScenarioFile = z.input<typeof scenarioFileSchema>;

/** The scenario file after validation, before defaults. */
export type ValidScenarioFile = z.output<typeof scenarioFileSchema>;

/** A validation result: the scenario, or every problem with its place. */
export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** The language a schema error is said in. */
export type SchemaLang = 'en' | 'ko';

/** `events[3].call` from a path. */
export function formatPath(path: readonly PropertyKey[], lang: SchemaLang = 'en'): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  if (out !== '') return out;
  return lang === 'ko' ? KO_TOP_LEVEL : '(top level)';
}

function issueMessage(issue: z.core.$ZodIssue, lang: SchemaLang): string {
  const english =
    issue.code === 'unrecognized_keys'
      ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
      : issue.message.replace(/^Invalid input: /, '');
  return lang === 'ko' ? koreanIssueMessage(english, issue) : english;
}

/** One schema issue as `place: message`, said in `lang` (the lab's save uses it too). */
export function issueText(issue: z.core.$ZodIssue, lang: SchemaLang = 'en'): string {
  return `${formatPath(issue.path, lang)}: ${issueMessage(issue, lang)}`;
}

/** Validates parsed JSON and applies the defaults; errors are said in `lang`. */
export function parseScenario(input: unknown, lang: SchemaLang = 'en'): ScenarioResult {
  const result = scenarioFileSchema.safeParse(input);
  if (result.success) return { ok: true, scenario: normalizeScenario(result.data) };
  // One place can fail two checks the same way (1e20: not a safe integer, and over the maximum).
  const errors = result.error.issues.map((i) => issueText(i, lang));
  return { ok: false, errors: [...new Set(errors)] };
}

/** Parses scenario text (JSON) and validates it; a syntax error says where, in `lang`. */
export function parseScenarioText(text: string, lang: SchemaLang = 'en'): ScenarioResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
    const english = `not valid JSON: ${message}`;
    return { ok: false, errors: [lang === 'ko' ? koreanIssueMessage(english, null) : english] };
  }
  return parseScenario(json, lang);
}
