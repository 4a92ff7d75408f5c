/**
 * The public scenario format (instructors write these by hand) and its validation. Everything
 * but `events` has a default; every error names the place and the reason.
 */
import { z } from 'zod';
import { normalizeScenario } from './normalize.ts';
import type { Scenario } from '../sim/index.ts';

const CALLS = ['listen', 'connect', 'send', 'close', 'abort'] as const;
const ENDPOINTS = ['client', 'server'] as const;
const U32_MAX = 0xffff_ffff;
/** The largest window RFC 7323 allows: 65535 << 14. */
const MAX_WINDOW = 65535 * 2 ** 14;
/** Keeps a hostile file from asking for an endless run. */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;

const whole = (label: string, min: number, max: number) =>
  z
    .number({ error: `expected ${label}` })
    .int({ error: `expected a whole number` })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

const endpointSchema = z.strictObject({
  isn: whole('a sequence number (0 to 4294967295)', 0, U32_MAX).optional(),
  port: whole('a port number', 1, 65535).optional(),
  window: whole('a window size in bytes', 1, MAX_WINDOW).optional(),
  mss: whole('a maximum segment size in bytes', 1, 65495).optional(),
  windowScale: whole('a window-scale shift (0 to 14) or null', 0, 14).nullable().optional(),
  sackPermitted: z.boolean({ error: 'expected true or false' }).optional(),
});

const text = z.string({ error: 'expected text' }).min(1, { error: 'must not be empty' }).max(300, {
  error: 'must be at most 300 characters',
});
const localized = z.strictObject({ en: text, ko: text.optional() });

const endpointName = z.enum(ENDPOINTS, { error: 'expected one of client, server' });
const fault = { from: endpointName, index: whole('a segment index (from 1)', 1, 1_000_000) };
const delayMs = whole('a time in ms', 0, 3_600_000);

const eventSchema = z.strictObject({
  t: whole('a time in ms', 0, 86_400_000),
  endpoint: endpointName,
  call: z.enum(CALLS, { error: 'expected one of listen, connect, send, close, abort' }),
  bytes: whole('a byte count', 1, MAX_TOTAL_BYTES).optional(),
});

/** The scenario file as written. */
export const scenarioFileSchema = z
  .strictObject({
    name: z
      .string({ error: 'expected text' })
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
        error: 'use 1 to 64 lowercase letters, digits and dashes',
      })
      .optional(),
    title: localized.optional(),
    description: localized.optional(),
    seed: whole('a seed (0 to 4294967295)', 0, U32_MAX).optional(),
    client: endpointSchema.optional(),
    server: endpointSchema.optional(),
    oneWayDelayMs: z
      .union([delayMs, z.strictObject({ clientToServer: delayMs, serverToClient: delayMs })], {
        error: 'expected a time in ms, or { clientToServer, serverToClient }',
      })
      .optional(),
    mslMs: whole('a time in ms', 1, 600_000).optional(),
    rto: z
      .strictObject({
        initialMs: whole('a time in ms', 1, 600_000).optional(),
        minMs: whole('a time in ms', 1, 600_000).optional(),
        maxMs: whole('a time in ms', 1, 600_000).optional(),
      })
      .optional(),
    maxRetransmissions: whole('a retry count', 0, 30).optional(),
    events: z.array(eventSchema, { error: 'expected a list of events' }).max(10_000, {
      error: 'at most 10000 events',
    }),
    network: z
      .strictObject({
        drop: z.array(z.strictObject(fault)).max(1000).optional(),
        delay: z
          .array(z.strictObject({ ...fault, ms: delayMs }))
          .max(1000)
          .optional(),
        duplicate: z
          .array(z.strictObject({ ...fault, ms: delayMs.optional() }))
          .max(1000)
          .optional(),
      })
      .optional(),
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
      const shift = ep?.windowScale === undefined ? 7 : ep.windowScale;
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

/** `events[3].call` from a path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}

/** Validates parsed JSON and applies the defaults. */
export function parseScenario(input: unknown): ScenarioResult {
  const result = scenarioFileSchema.safeParse(input);
  if (result.success) return { ok: true, scenario: normalizeScenario(result.data) };
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${formatPath(i.path)}: ${issueMessage(i)}`),
  };
}

/** Parses scenario text (JSON) and validates it; a syntax error says where. */
export function parseScenarioText(text: string): ScenarioResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
    return { ok: false, errors: [`not valid JSON: ${message}`] };
  }
  return parseScenario(json);
}
