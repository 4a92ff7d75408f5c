/**
 * A small driver for trace tests: describe a TCP exchange step by step (who sends what, when the
 * capture sees it) and get a pcap of it, its parsed capture, or the trace of its first stream.
 */
import { conversationToTrace, readCapture, type Capture } from '../../../src/capture/index.ts';
import type { SendEvent, Trace } from '../../../src/sim/trace.ts';
import { pcapFile } from './files.ts';
import { ethernet, ipv4, opt, tcp, type FlagName } from './packets.ts';

export interface Step {
  /** When the capture saw it, ms after the start. */
  at: number;
  from: 'c' | 's';
  flags: FlagName[];
  seq: number;
  ack?: number;
  len?: number;
  /** IPv4 Identification; by default each segment gets a fresh one. */
  ipId?: number;
  /** TCP timestamps option [TSval, TSecr]. */
  ts?: [number, number];
  window?: number;
  /** Another client port, for multi-conversation captures. */
  clientPort?: number;
}

const CLIENT = { address: '192.0.2.1', port: 50000 };
const SERVER = { address: '198.51.100.7', port: 443 };

/** A pcap (Ethernet, IPv4, µs) of the steps. */
export function exchangePcap(steps: Step[]): Uint8Array {
  let nextId = 100;
  return pcapFile({
    linkType: 1,
    packets: steps.map((s) => {
      const fromClient = s.from === 'c';
      const clientPort = s.clientPort ?? CLIENT.port;
      const segment = tcp({
        srcPort: fromClient ? clientPort : SERVER.port,
        dstPort: fromClient ? SERVER.port : clientPort,
        seq: s.seq,
        ack: s.ack ?? 0,
        flags: s.flags,
        window: s.window ?? 5000,
        options: s.ts === undefined ? [] : [opt.nop(), opt.nop(), opt.ts(s.ts[0], s.ts[1])],
        payload: s.len ?? 0,
      });
      nextId += 1;
      const packet = ipv4(segment, {
        src: fromClient ? CLIENT.address : SERVER.address,
        dst: fromClient ? SERVER.address : CLIENT.address,
        id: s.ipId ?? nextId,
      });
      const micros = Math.round(s.at * 1000);
      return {
        data: ethernet(packet),
        ts: [1_700_000_000 + Math.floor(micros / 1e6), micros % 1e6],
      };
    }),
  });
}

/** Reads bytes that must parse. */
export function mustRead(bytes: Uint8Array): Capture {
  const result = readCapture(bytes);
  if (!result.ok) throw new Error(`expected a capture, got ${result.error.message}`);
  return result.capture;
}

/** The trace of stream `stream` of the steps' capture. */
export function exchangeTrace(steps: Step[], stream = 0): Trace {
  const result = conversationToTrace(mustRead(exchangePcap(steps)), stream, 'test.pcap');
  if (!result.ok) throw new Error(result.error.message);
  return result.trace;
}

/** The send events of a trace, by id. */
export function sends(trace: Trace): SendEvent[] {
  return trace.events.filter((e): e is SendEvent => e.type === 'send').sort((a, b) => a.id - b.id);
}

/** The notes with a code. */
export function notesOf(trace: Trace, code: string): Trace['notes'] {
  return trace.notes.filter((n) => n.code === code);
}

/** A textbook handshake from ISNs 1000 (client) and 5000 (server), capture near the client. */
export function handshake(rttMs = 20): Step[] {
  return [
    { at: 0, from: 'c', flags: ['SYN'], seq: 1000 },
    { at: rttMs, from: 's', flags: ['SYN', 'ACK'], seq: 5000, ack: 1001 },
    { at: rttMs + 0.1, from: 'c', flags: ['ACK'], seq: 1001, ack: 5001 },
  ];
}
