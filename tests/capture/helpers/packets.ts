/**
 * Byte builders for hand-made capture fixtures: link layers, IPv4/IPv6, TCP with options. Each
 * returns a fresh Uint8Array in network byte order; defaults make a minimal valid packet.
 */

/** Joins byte arrays. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Big-endian integer of `width` bytes. */
export function be(value: number, width: number): Uint8Array {
  const out = new Uint8Array(width);
  let v = value;
  for (let i = width - 1; i >= 0; i -= 1) {
    out[i] = v % 256;
    v = Math.floor(v / 256);
  }
  return out;
}

/** Little-endian integer of `width` bytes. */
export function le(value: number, width: number): Uint8Array {
  return be(value, width).reverse();
}

export const FLAGS = {
  FIN: 1,
  SYN: 2,
  RST: 4,
  PSH: 8,
  ACK: 16,
  URG: 32,
  ECE: 64,
  CWR: 128,
  AE: 256,
};
export type FlagName = keyof typeof FLAGS;

/** TCP option encoders (RFC 9293 §3.2, RFC 7323, RFC 2018). */
export const opt = {
  eol: (): Uint8Array => new Uint8Array([0]),
  nop: (): Uint8Array => new Uint8Array([1]),
  mss: (n: number): Uint8Array => concat(new Uint8Array([2, 4]), be(n, 2)),
  ws: (shift: number): Uint8Array => new Uint8Array([3, 3, shift]),
  sackPermitted: (): Uint8Array => new Uint8Array([4, 2]),
  sack: (blocks: [number, number][]): Uint8Array =>
    concat(
      new Uint8Array([5, 2 + 8 * blocks.length]),
      ...blocks.flatMap(([l, r]) => [be(l, 4), be(r, 4)]),
    ),
  ts: (value: number, echo: number): Uint8Array =>
    concat(new Uint8Array([8, 10]), be(value, 4), be(echo, 4)),
  raw: (kind: number, data: number[]): Uint8Array =>
    new Uint8Array([kind, data.length + 2, ...data]),
};

export interface TcpSpec {
  srcPort?: number;
  dstPort?: number;
  seq?: number;
  ack?: number;
  flags?: FlagName[];
  window?: number;
  options?: Uint8Array[];
  /** Payload bytes (a length makes zero bytes). */
  payload?: number | Uint8Array;
  /** Overrides the data offset nibble (in 32-bit words). */
  dataOffsetWords?: number;
}

/** A TCP header (options padded with NOPs... then EOL-free zero padding) plus payload. */
export function tcp(spec: TcpSpec = {}): Uint8Array {
  let options = concat(...(spec.options ?? []));
  if (options.length % 4 !== 0) options = concat(options, new Uint8Array(4 - (options.length % 4)));
  const words = spec.dataOffsetWords ?? 5 + options.length / 4;
  const flags = (spec.flags ?? ['ACK']).reduce((f, name) => f | FLAGS[name], 0);
  const header = concat(
    be(spec.srcPort ?? 40000, 2),
    be(spec.dstPort ?? 80, 2),
    be(spec.seq ?? 1000, 4),
    be(spec.ack ?? 0, 4),
    new Uint8Array([(words << 4) | (flags >> 8), flags & 0xff]),
    be(spec.window ?? 65535, 2),
    be(0, 2),
    be(0, 2),
    options,
  );
  const payload =
    typeof spec.payload === 'number'
      ? new Uint8Array(spec.payload)
      : (spec.payload ?? new Uint8Array(0));
  return concat(header, payload);
}

function ipv4Bytes(address: string): Uint8Array {
  return new Uint8Array(address.split('.').map(Number));
}

function ipv6Bytes(address: string): Uint8Array {
  const [head = '', tail = ''] = address.split('::');
  const h = head === '' ? [] : head.split(':');
  const t = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::')
    ? [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t]
    : h;
  return concat(...groups.map((g) => be(parseInt(g, 16), 2)));
}

export interface Ipv4Spec {
  src?: string;
  dst?: string;
  protocol?: number;
  id?: number;
  /** IP options (padded to 4 bytes). */
  options?: Uint8Array;
  totalLength?: number;
  fragmentOffset?: number;
  moreFragments?: boolean;
}

/** An IPv4 header (RFC 791) around `payload`. */
export function ipv4(payload: Uint8Array, spec: Ipv4Spec = {}): Uint8Array {
  let options = spec.options ?? new Uint8Array(0);
  if (options.length % 4 !== 0) options = concat(options, new Uint8Array(4 - (options.length % 4)));
  const headerLength = 20 + options.length;
  const fragment =
    ((spec.moreFragments === true ? 0x2000 : 0) | ((spec.fragmentOffset ?? 0) / 8)) >>> 0;
  return concat(
    new Uint8Array([0x40 | (headerLength / 4), 0]),
    be(spec.totalLength ?? headerLength + payload.length, 2),
    be(spec.id ?? 1, 2),
    be(fragment, 2),
    new Uint8Array([64, spec.protocol ?? 6]),
    be(0, 2),
    ipv4Bytes(spec.src ?? '10.0.0.1'),
    ipv4Bytes(spec.dst ?? '10.0.0.2'),
    options,
    payload,
  );
}

export interface Ipv6Extension {
  /** Extension header type (0, 43, 60, 44, 51, ...). */
  type: number;
  /** Bytes after the next-header byte (and length byte, except for the fragment header). */
  body: Uint8Array;
}

/** A generic IPv6 extension header of `units` 8-byte units (RFC 8200 §4). */
export function extension(type: number, units = 1): Ipv6Extension {
  return { type, body: new Uint8Array(units * 8 - 2) };
}

/** An IPv6 header (RFC 8200) with an extension chain around `payload`. */
export function ipv6(
  payload: Uint8Array,
  spec: {
    src?: string;
    dst?: string;
    next?: number;
    extensions?: Ipv6Extension[];
    payloadLength?: number;
  } = {},
): Uint8Array {
  const exts = spec.extensions ?? [];
  const types = [...exts.map((e) => e.type), spec.next ?? 6];
  const chain = exts.map((e, i) => {
    const next = types[i + 1] ?? 59;
    if (e.type === 44) return concat(new Uint8Array([next]), e.body);
    const lengthByte = e.type === 51 ? (e.body.length + 2) / 4 - 2 : (e.body.length + 2) / 8 - 1;
    return concat(new Uint8Array([next, lengthByte]), e.body);
  });
  const body = concat(...chain, payload);
  return concat(
    new Uint8Array([0x60, 0, 0, 0]),
    be(spec.payloadLength ?? body.length, 2),
    new Uint8Array([types[0] ?? 6, 64]),
    ipv6Bytes(spec.src ?? '2001:db8::1'),
    ipv6Bytes(spec.dst ?? '2001:db8::2'),
    body,
  );
}

/** IPv6 fragment header body: offset in bytes (multiple of 8), more flag, identification. */
export function fragmentHeader(offset: number, more: boolean, id = 7): Ipv6Extension {
  return { type: 44, body: concat(new Uint8Array([0]), be(offset | (more ? 1 : 0), 2), be(id, 4)) };
}

/** Ethernet II (with optional VLAN tags given as TPIDs, and PPPoE session + PPP). */
export function ethernet(
  payload: Uint8Array,
  spec: { type?: number; vlans?: number[]; pppoe?: number } = {},
): Uint8Array {
  const macs = new Uint8Array(12).fill(0x02);
  const tags = (spec.vlans ?? []).map((tpid, i) => concat(be(tpid, 2), be(100 + i, 2)));
  const inner = spec.type ?? 0x0800;
  if (spec.pppoe !== undefined) {
    const ppp = concat(
      new Uint8Array([0x11, 0]),
      be(0x1234, 2),
      be(payload.length + 2, 2),
      be(spec.pppoe, 2),
    );
    return concat(macs, ...tags, be(0x8864, 2), ppp, payload);
  }
  return concat(macs, ...tags, be(inner, 2), payload);
}

/** Linux cooked header v1 (LINKTYPE_LINUX_SLL, 113). */
export function sll(payload: Uint8Array, protocol = 0x0800): Uint8Array {
  return concat(be(0, 2), be(1, 2), be(6, 2), new Uint8Array(8), be(protocol, 2), payload);
}

/** Linux cooked header v2 (LINKTYPE_LINUX_SLL2, 276). */
export function sll2(payload: Uint8Array, protocol = 0x0800): Uint8Array {
  return concat(
    be(protocol, 2),
    be(0, 2),
    be(3, 4),
    be(1, 2),
    new Uint8Array([0, 6]),
    new Uint8Array(8),
    payload,
  );
}

/** BSD loopback header: a 4-byte address family in the given byte order. */
export function loopback(payload: Uint8Array, family: number, bigEndian: boolean): Uint8Array {
  return concat(bigEndian ? be(family, 4) : le(family, 4), payload);
}
