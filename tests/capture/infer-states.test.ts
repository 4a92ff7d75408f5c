import { readFileSync, readdirSync } from 'node:fs';
import {
  conversationToTrace,
  inferStates,
  readCapture,
  traceConversation,
} from '../../src/capture/index.ts';
import type { EndpointId, StateEvent, Trace } from '../../src/sim/index.ts';

const LIVE = 'tests/fixtures/captures/live/';
const TOP = 'tests/fixtures/captures/';

interface KernelTruth {
  kernel_states: {
    final: Record<EndpointId, string>;
    checkpoints: ({ time: number; label: string } & Record<EndpointId, string>)[];
  };
}

function traceOf(path: string, stream = 0): Trace {
  const read = readCapture(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(read.error.message);
  const result = traceConversation(read.capture, stream, path);
  if (!result.ok) throw new Error(result.error.message);
  return result.trace;
}

function statesOf(trace: Trace, id: EndpointId): string[] {
  return trace.events
    .filter((e): e is StateEvent => e.type === 'state' && e.endpoint === id)
    .map((e) => e.to);
}

/** The inferred state at a capture time (seconds since the first frame). */
function stateAt(trace: Trace, id: EndpointId, seconds: number): string {
  const first = trace.events.find((e) => e.type === 'send');
  const seen = first?.type === 'send' && 'seenMs' in first.why.params ? first.why.params.seenMs : 0;
  const t = seconds * 1000 + (first?.t ?? 0) - seen;
  let state: string = trace.endpoints[id].initialState;
  for (const e of trace.events) {
    if (e.t > t) break;
    if (e.type === 'state' && e.endpoint === id) state = e.to;
  }
  return state;
}

const liveFiles = readdirSync(LIVE).filter((f) => f.endsWith('.pcap'));

describe('states inferred by the endpoint machine match the Linux kernel', () => {
  it.each(liveFiles)('%s: final states equal the kernel’s (ss)', (file) => {
    const truth = JSON.parse(
      readFileSync(LIVE + file.replace('.pcap', '.truth.json'), 'utf8'),
    ) as KernelTruth;
    const trace = traceOf(LIVE + file);
    expect(trace.endpoints.client.finalState).toBe(truth.kernel_states.final.client);
    expect(trace.endpoints.server.finalState).toBe(truth.kernel_states.final.server);
  });

  it.each(liveFiles)('%s: states at the kernel’s labelled checkpoints', (file) => {
    const truth = JSON.parse(
      readFileSync(LIVE + file.replace('.pcap', '.truth.json'), 'utf8'),
    ) as KernelTruth;
    const trace = traceOf(LIVE + file);
    for (const cp of truth.kernel_states.checkpoints) {
      for (const id of ['client', 'server'] as const) {
        // ss lists a socket that no longer exists as CLOSED; "(no listener)" too.
        const kernel = cp[id].startsWith('(') ? 'CLOSED' : cp[id];
        expect(`${cp.label}: ${id} ${stateAt(trace, id, cp.time)}`).toBe(
          `${cp.label}: ${id} ${kernel}`,
        );
      }
    }
  });

  it('a normal client close walks the textbook paths', () => {
    const trace = traceOf(LIVE + 'a_normal_client_close.pcap');
    expect(statesOf(trace, 'client')).toEqual([
      'SYN-SENT',
      'ESTABLISHED',
      'FIN-WAIT-1',
      'FIN-WAIT-2',
      'TIME-WAIT',
    ]);
    expect(trace.endpoints.server.initialState).toBe('LISTEN');
    expect(statesOf(trace, 'server')).toEqual([
      'SYN-RECEIVED',
      'ESTABLISHED',
      'CLOSE-WAIT',
      'LAST-ACK',
      'CLOSED',
    ]);
  });

  it('crossing FINs take both sides through CLOSING', () => {
    const trace = traceOf(LIVE + 'f_simultaneous_close.pcap');
    expect(statesOf(trace, 'client')).toContain('CLOSING');
    expect(statesOf(trace, 'server')).toContain('CLOSING');
  });

  it('a FIN+ACK that acknowledges our FIN goes FIN-WAIT-1 straight to TIME-WAIT', () => {
    const trace = traceOf(LIVE + 'g_bulk_200k.pcap');
    expect(statesOf(trace, 'client').slice(-2)).toEqual(['FIN-WAIT-1', 'TIME-WAIT']);
  });

  it('an abort resets the peer, and a refused connect closes the client', () => {
    const abort = traceOf(LIVE + 'd_linger_abort.pcap');
    expect(statesOf(abort, 'server').at(-1)).toBe('CLOSED');
    expect(
      abort.events.some((e) => e.type === 'notice' && e.why.code === 'notice-connection-reset'),
    ).toBe(true);
    const refused = traceOf(LIVE + 'e_refused.pcap');
    expect(statesOf(refused, 'client')).toEqual(['SYN-SENT', 'CLOSED']);
    expect(refused.endpoints.server.finalState).toBe('CLOSED');
  });

  it('a capture that starts mid-connection starts both sides ESTABLISHED', () => {
    const read = readCapture(new Uint8Array(readFileSync(TOP + 'tcpdump_of13_ericsson.pcapng')));
    if (!read.ok) throw new Error(read.error.message);
    let midStreams = 0;
    read.capture.conversations.forEach((_, stream) => {
      const result = traceConversation(read.capture, stream, 'of13');
      if (!result.ok) throw new Error(result.error.message);
      if (result.trace.endpoints.client.initialState === 'ESTABLISHED') {
        midStreams += 1;
        expect(result.trace.notes.some((n) => n.code === 'capture-starts-mid-connection')).toBe(
          true,
        );
      }
    });
    expect(midStreams).toBe(19);
  });

  it('a capture that begins at the SYN+ACK starts the client in SYN-SENT, the server in SYN-RECEIVED', () => {
    const read = readCapture(new Uint8Array(readFileSync(TOP + 'tcpdump_print-flags.pcap')));
    if (!read.ok) throw new Error(read.error.message);
    const full = conversationToTrace(read.capture, 0, 'print-flags');
    if (!full.ok) throw new Error(full.error.message);
    const firstSyn = full.trace.events.find((e) => e.type === 'send');
    const withoutSyn: Trace = {
      ...full.trace,
      events: full.trace.events.filter(
        (e) => !((e.type === 'send' || e.type === 'deliver') && e.id === firstSyn?.id),
      ),
    };
    const trace = inferStates(withoutSyn);
    expect(trace.endpoints.client.initialState).toBe('SYN-SENT');
    expect(trace.endpoints.server.initialState).toBe('SYN-RECEIVED');
    expect(statesOf(trace, 'client')[0]).toBe('ESTABLISHED');
    expect(statesOf(trace, 'server')[0]).toBe('ESTABLISHED');
    expect(trace.endpoints.client.finalState).toBe('TIME-WAIT');
    expect(trace.endpoints.server.finalState).toBe('CLOSED');
  });

  it('every stream of every public capture gets states without throwing', () => {
    for (const file of readdirSync(TOP).filter((f) => /\.pcap(ng)?$/.test(f))) {
      const read = readCapture(new Uint8Array(readFileSync(TOP + file)));
      if (!read.ok) throw new Error(`${file}: ${read.error.message}`);
      read.capture.conversations.forEach((_, stream) => {
        const result = traceConversation(read.capture, stream, file);
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.trace.notes.some((n) => n.code === 'note-states-inferred')).toBe(true);
        }
      });
    }
  });
});
