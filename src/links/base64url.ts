/** Bytes as base64url (RFC 4648 §5: URL- and fragment-safe, no padding) and back. */

/** Encodes bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decoded bytes, or what is wrong with the text. */
export type Base64UrlResult =
  | { ok: true; bytes: Uint8Array }
  /** A character base64url never uses (position from 0). */
  | { ok: false; problem: 'bad-character'; position: number; character: string }
  /** A length no byte string encodes to (4n + 1 characters): the text was cut or padded. */
  | { ok: false; problem: 'impossible-length'; length: number };

/** Decodes base64url (padding optional), or says what is wrong with the text. */
export function decodeBase64Url(text: string): Base64UrlResult {
  const bad = /[^A-Za-z0-9_-]/.exec(text.replace(/=+$/, ''));
  if (bad !== null) {
    return { ok: false, problem: 'bad-character', position: bad.index, character: bad[0] };
  }
  const body = text.replace(/=+$/, '');
  if (body.length % 4 === 1)
    return { ok: false, problem: 'impossible-length', length: body.length };
  const binary = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { ok: true, bytes };
}
