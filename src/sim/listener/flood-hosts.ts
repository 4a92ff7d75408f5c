/**
 * The hosts of a SYN-flood run and where they sit: the addresses and ports, the endpoint
 * settings every machine of the run shares, and the roles under which a connection's outputs
 * are drawn.
 */
import type { EndpointConfig } from '../tcb.ts';
import type { EndpointId } from '../trace.ts';
import type { SynFloodConfig } from './flood-config.ts';
import type { FourTuple } from './syn-cookie.ts';

/** Documentation addresses (RFC 5737): the server, the client, and the forged sources. */
export const FLOOD_ADDRESSES = {
  server: '192.0.2.1',
  client: '198.51.100.7',
  spoofedPrefix: '203.0.113.',
} as const;

/** The listening port. */
export const SERVER_PORT = 80;
/** The legitimate client's port. */
export const CLIENT_PORT = 50000;
/** The receive window every host of the run offers. */
export const WINDOW = 65535;
/** The MSS every host of the run offers. */
export const MSS = 1460;
const MSL_MS = 120_000;

/** A host on the network, by address and port. */
export interface Peer {
  readonly address: string;
  readonly port: number;
}

/** The listening server. */
export const SERVER_PEER: Peer = { address: FLOOD_ADDRESSES.server, port: SERVER_PORT };
/** The legitimate client. */
export const CLIENT_PEER: Peer = { address: FLOOD_ADDRESSES.client, port: CLIENT_PORT };

/** Where a connection's outputs go: its lane (null: only its segments are drawn) and its peer. */
export interface Role {
  readonly lane: EndpointId | null;
  readonly side: EndpointId;
  readonly peer: Peer;
}

/** The key a host is known by in the listener's tables. */
export const keyOf = (p: Peer): string => `${p.address}:${String(p.port)}`;

/** The legitimate client's connection, drawn in the client lane. */
export function clientRole(): Role {
  return { lane: 'client', side: 'client', peer: SERVER_PEER };
}

/** A connection the server holds with `peer`: only the legitimate one has the server lane. */
export function serverRole(peer: Peer, legitimate: boolean): Role {
  return { lane: legitimate ? 'server' : null, side: 'server', peer };
}

/** The 4-tuple of a connection from `from` to the listener, as the cookie hashes it. */
export function fourTuple(from: Peer): FourTuple {
  return {
    clientAddress: from.address,
    clientPort: from.port,
    serverAddress: FLOOD_ADDRESSES.server,
    serverPort: SERVER_PORT,
  };
}

/** The settings of one endpoint machine of the run; only the ISN, ports and retries vary. */
export function endpointConfig(
  rto: SynFloodConfig['rto'],
  isn: number,
  port: number,
  peerPort: number,
  maxRetransmissions: number,
): EndpointConfig {
  return {
    isn,
    port,
    peerPort,
    mss: MSS,
    window: WINDOW,
    windowScale: 7,
    sackPermitted: true,
    rtoInitialMs: rto.initialMs,
    rtoMinMs: rto.minMs,
    rtoMaxMs: rto.maxMs,
    maxRetransmissions,
    mslMs: MSL_MS,
  };
}
