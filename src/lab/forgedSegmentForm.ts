/**
 * The attacker's form as the user typed it, checked field by field: a forged segment the
 * scenario format accepts, or each problem with the field it is in and the bounds it broke (the
 * UI words them). The bounds are the format's own.
 */
import type { EndpointId, ForgedFlag, ForgedSegment } from '../sim/index.ts';

/** The largest sequence number (RFC 9293 §3.4: 32 bits). */
export const U32_MAX = 0xffff_ffff;
/** The most payload a forged segment may claim (the format's bound). */
export const MAX_FORGED_LEN = 65_535;
/** The latest moment a scenario may schedule anything (the format's bound: one day). */
export const MAX_TIME_MS = 86_400_000;
const MAX_ADDRESS = 64;

/** What the user typed, as text. */
export interface ForgedSegmentFields {
  target: EndpointId;
  flags: readonly ForgedFlag[];
  seq: string;
  /** Read only with the ACK flag. */
  ack: string;
  len: string;
  address: string;
  /** A time in ms, or null for now. */
  when: string | null;
}

export type FormField = 'seq' | 'ack' | 'len' | 'address' | 'time';

/** One field's problem: empty, not a whole number, or outside [min, max]. */
export type FieldProblem =
  | { field: FormField; problem: 'required' }
  | { field: FormField; problem: 'not-whole' }
  | { field: FormField; problem: 'range'; min: number; max: number };

export type FormResult =
  { ok: true; attack: ForgedSegment } | { ok: false; problems: readonly FieldProblem[] };

/** A whole number in [min, max] from a field, or its problem. */
function wholeIn(
  field: FormField,
  text: string,
  min: number,
  max: number,
): { value: number } | FieldProblem {
  const trimmed = text.trim();
  if (trimmed === '') return { field, problem: 'required' };
  // Number('1e3') and Number('0x10') would pass as whole numbers the user did not type.
  if (!/^-?\d+$/.test(trimmed)) return { field, problem: 'not-whole' };
  const value = Number(trimmed);
  if (value < min || value > max) return { field, problem: 'range', min, max };
  return { value };
}

/** The forged segment the fields describe, sent no earlier than `earliest` (ms). */
export function parseForgedSegment(fields: ForgedSegmentFields, earliest: number): FormResult {
  const problems: FieldProblem[] = [];
  const read = (field: FormField, text: string, min: number, max: number): number => {
    const r = wholeIn(field, text, min, max);
    if ('value' in r) return r.value;
    problems.push(r);
    return 0;
  };
  const withAck = fields.flags.includes('ACK');
  const seq = read('seq', fields.seq, 0, U32_MAX);
  const ack = withAck ? read('ack', fields.ack, 0, U32_MAX) : null;
  const len = read('len', fields.len, 0, MAX_FORGED_LEN);
  const t = fields.when === null ? earliest : read('time', fields.when, earliest, MAX_TIME_MS);
  const address = fields.address.trim();
  if (address === '') problems.push({ field: 'address', problem: 'required' });
  else if (address.length > MAX_ADDRESS) {
    problems.push({ field: 'address', problem: 'range', min: 1, max: MAX_ADDRESS });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    attack: { t, target: fields.target, flags: [...fields.flags], seq, ack, len, address },
  };
}
