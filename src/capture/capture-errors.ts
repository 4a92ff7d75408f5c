/**
 * Typed problems found while reading a capture. A fatal error means nothing usable could be read
 * (wrong magic number, truncated file header, no TCP at all); a warning concerns one packet,
 * block or interface, and the packets that could be read are still returned beside it.
 */

/** Why a capture could not be read at all. */
export type FatalCode =
  | 'empty-file'
  | 'unknown-format'
  | 'compressed-file'
  | 'truncated-file-header'
  | 'unsupported-version'
  | 'bad-first-block'
  | 'no-packets'
  | 'no-tcp'
  | 'read-failed'
  | 'no-such-stream'
  | 'internal-error';

/** A problem with one packet, block or interface; reading goes on (or stops, see `stopped`). */
export type WarningCode =
  | 'truncated-packet'
  | 'trailing-bytes'
  | 'snap-length-exceeded'
  | 'framing-lost'
  | 'malformed-block'
  | 'limit-reached'
  | 'unknown-link-type'
  | 'unknown-interface'
  | 'no-timestamp'
  | 'malformed-link-header'
  | 'not-ip'
  | 'malformed-ip'
  | 'ip-fragment'
  | 'not-tcp'
  | 'truncated-tcp-header'
  | 'truncated-tcp-options'
  | 'malformed-tcp'
  | 'internal-error';

/** Where in the file a problem sits. Frame and block numbers are 1-based, offsets 0-based. */
export interface ProblemLocation {
  /** Byte offset of the record or block in the file. */
  offset: number;
  /** 1-based frame number (every packet counts, TCP or not), when the problem is a packet's. */
  packet?: number;
  /** 1-based pcapng block number, for pcapng files. */
  block?: number;
}

/** A fatal error: the capture gave nothing usable. `message` is one readable sentence. */
export interface CaptureError extends ProblemLocation {
  code: FatalCode;
  message: string;
}

/** A non-fatal problem. `stopped` is true when reading ended there (framing lost, limit hit). */
export interface CaptureWarning extends ProblemLocation {
  code: WarningCode;
  message: string;
  stopped: boolean;
}

/** 2304 -> "2,304": byte offsets read better grouped, and this stays locale-independent. */
export function formatCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  }
  return (n < 0 ? '-' : '') + groups.join(',');
}

/** "packet 17 at byte 2,304" / "block 3 at byte 96" / "byte 24": the prefix of every message. */
export function describeLocation(loc: ProblemLocation): string {
  const at = `byte ${formatCount(loc.offset)}`;
  if (loc.packet !== undefined) {
    const block = loc.block !== undefined ? ` (block ${loc.block})` : '';
    return `packet ${loc.packet}${block} at ${at}`;
  }
  if (loc.block !== undefined) return `block ${loc.block} at ${at}`;
  return at;
}

/** Builds a warning whose message starts with its location. */
export function makeWarning(
  code: WarningCode,
  loc: ProblemLocation,
  detail: string,
  stopped = false,
): CaptureWarning {
  return { code, ...loc, message: `${describeLocation(loc)}: ${detail}`, stopped };
}

/** Builds a fatal error whose message starts with its location when it has one. */
export function makeError(code: FatalCode, loc: ProblemLocation, detail: string): CaptureError {
  return { code, ...loc, message: `${describeLocation(loc)}: ${detail}` };
}
