/**
 * Scenario files as bytes: the one decoder the lab's import and the `trace` command share. Editors
 * on Windows save JSON as UTF-16 (with a byte-order mark, or without one); JSON itself starts
 * with an ASCII character, so a zero byte beside the first character tells UTF-16's byte order.
 */

/** The text encoding of a scenario file's bytes. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Detects the encoding from a byte-order mark, or from the zero bytes of UTF-16 ASCII. */
export function detectTextEncoding(bytes: Uint8Array): TextEncodingName {
  const [a, b] = bytes;
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (bytes.length >= 2 && a !== 0 && b === 0) return 'utf-16le';
  if (bytes.length >= 2 && a === 0 && b !== 0) return 'utf-16be';
  return 'utf-8';
}

/**
 * The file's text: UTF-8 or UTF-16 in either byte order, the byte-order mark dropped. Bytes that
 * are not valid in the encoding become U+FFFD, which JSON parsing then reports with its place.
 */
export function decodeScenarioBytes(bytes: Uint8Array): string {
  return new TextDecoder(detectTextEncoding(bytes)).decode(bytes);
}
