/**
 * A custom scenario packed into a link's fragment: its JSON, DEFLATE-compressed (fflate) and
 * base64url-encoded, behind a version tag: `1.<base64url>`. Unpacking is bounded before and
 * after decompression, so a small hostile link cannot make the page decompress a zip bomb.
 */
import { Inflate, deflateSync, strToU8 } from 'fflate';
import type { LinkProblem } from '../i18n/index.ts';
import { decodeBase64Url, toBase64Url } from './base64url.ts';

/** The format tag written before the data. */
export const PAYLOAD_VERSION = '1';
/** The longest payload accepted, in characters (about 12 KB of compressed JSON). */
export const MAX_PAYLOAD_CHARS = 16_000;
/** The most JSON a payload may unpack to, in bytes. */
export const MAX_SCENARIO_JSON_BYTES = 256 * 1024;
/** Compressed input is fed in pieces this size, so the output is checked as it grows. */
const INFLATE_CHUNK = 1024;

/** Packs a scenario file (any JSON value) into a payload. */
export function packScenario(file: unknown): string {
  const json = JSON.stringify(file);
  return `${PAYLOAD_VERSION}.${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}

/** The JSON a payload holds, or why it holds none. */
export type UnpackResult = { ok: true; json: unknown } | { ok: false; problem: LinkProblem };

class TooLarge extends Error {}

/** fflate's error code for input that ends inside the compressed stream. */
const UNEXPECTED_EOF = 0;

function inflateBounded(
  data: Uint8Array,
  max: number,
): Uint8Array | 'too-large' | 'cut-short' | 'corrupt' {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > max) throw new TooLarge();
    parts.push(chunk);
  });
  try {
    for (let i = 0; i < data.length; i += INFLATE_CHUNK) {
      inflate.push(data.subarray(i, i + INFLATE_CHUNK), i + INFLATE_CHUNK >= data.length);
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof TooLarge) return 'too-large';
    return (e as { code?: unknown }).code === UNEXPECTED_EOF ? 'cut-short' : 'corrupt';
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Unpacks a payload to JSON, checking its size before and after decompression. */
export function unpackScenario(payload: string): UnpackResult {
  if (payload.length > MAX_PAYLOAD_CHARS) {
    return {
      ok: false,
      problem: { kind: 'too-long', length: payload.length, max: MAX_PAYLOAD_CHARS },
    };
  }
  const dot = payload.indexOf('.');
  const version = dot < 0 ? '' : payload.slice(0, dot);
  if (version !== PAYLOAD_VERSION) {
    return { ok: false, problem: { kind: 'unknown-version', version: version.slice(0, 12) } };
  }
  const data = payload.slice(dot + 1);
  if (data.length === 0) return { ok: false, problem: { kind: 'empty' } };
  const decoded = decodeBase64Url(data);
  if (!decoded.ok) {
    return {
      ok: false,
      problem:
        decoded.problem === 'bad-character'
          ? { kind: 'bad-character', position: decoded.position, character: decoded.character }
          : { kind: 'impossible-length', length: decoded.length },
    };
  }
  const inflated = inflateBounded(decoded.bytes, MAX_SCENARIO_JSON_BYTES);
  if (inflated === 'too-large') {
    return { ok: false, problem: { kind: 'too-large', max: MAX_SCENARIO_JSON_BYTES } };
  }
  if (inflated === 'cut-short') return { ok: false, problem: { kind: 'cut-short' } };
  if (inflated === 'corrupt' || inflated.length === 0) {
    return { ok: false, problem: { kind: 'bad-compression' } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return { ok: false, problem: { kind: 'bad-compression' } };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 120);
    return { ok: false, problem: { kind: 'bad-json', detail } };
  }
}
