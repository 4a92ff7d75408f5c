/**
 * Facts about a segment that every room needs and none may re-derive: the sequence space it
 * takes, the other side of the connection, and the name people give its flags.
 */
import type { EndpointId, TcpFlag } from './trace.ts';

/**
 * SEG.LEN in the RFC's sense (RFC 9293 §3.4): one sequence number per data byte, and one each for
 * SYN and FIN. An ACK that carries nothing takes none.
 */
export function sequenceSpace(len: number, syn: boolean, fin: boolean): number {
  return len + (syn ? 1 : 0) + (fin ? 1 : 0);
}

/** The sequence space a traced segment takes (its LEN and its flags). */
export function sendSpace(send: { len: number; flags: readonly TcpFlag[] }): number {
  return sequenceSpace(send.len, send.flags.includes('SYN'), send.flags.includes('FIN'));
}

/** The other side of the connection. */
export function peerOf(side: EndpointId): EndpointId {
  return side === 'client' ? 'server' : 'client';
}

/** The order people name flags in: SYN or FIN first, ACK after the rest ("FIN+ACK"). */
const FLAG_NAME_ORDER: readonly TcpFlag[] = [
  'SYN',
  'FIN',
  'RST',
  'PSH',
  'ACK',
  'URG',
  'ECE',
  'CWR',
];

/** The flags as people say them: "SYN+ACK", "FIN+ACK", "PSH+ACK", "RST"; "(none)" for none. */
export function flagsText(flags: readonly TcpFlag[]): string {
  const shown = FLAG_NAME_ORDER.filter((f) => flags.includes(f));
  return shown.length > 0 ? shown.join('+') : '(none)';
}
