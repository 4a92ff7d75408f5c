/**
 * `JSON.stringify(value, null, 2)`, piece by piece: the same text, but an object's members and an
 * array's items come one at a time, so a trace of half a million events is written without ever
 * being one string (V8 strings stop at about 512 MB: "Invalid string length").
 */

const INDENT = '  ';

/** The text of `value` as `JSON.stringify(value, null, 2)` writes it, in pieces. */
export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    const inner = INDENT.repeat(depth + 1);
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      const item: unknown = value[i];
      // As JSON.stringify: undefined and functions in an array are written as null.
      yield* isOmitted(item) ? ['null'] : jsonChunks(item, depth + 1);
    }
    yield `\n${INDENT.repeat(depth)}]`;
    return;
  }
  if (value !== null && typeof value === 'object' && !hasToJson(value)) {
    const members = Object.entries(value).filter(([, v]) => !isOmitted(v));
    if (members.length === 0) {
      yield '{}';
      return;
    }
    const inner = INDENT.repeat(depth + 1);
    yield '{';
    let first = true;
    for (const [key, member] of members) {
      yield `${first ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
      first = false;
      yield* jsonChunks(member, depth + 1);
    }
    yield `\n${INDENT.repeat(depth)}}`;
    return;
  }
  // A leaf (or an object with toJSON): JSON.stringify's own text, indented to its depth.
  const text = JSON.stringify(value, null, 2) as string | undefined;
  yield (text ?? 'null').replace(/\n/g, `\n${INDENT.repeat(depth)}`);
}

function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}
