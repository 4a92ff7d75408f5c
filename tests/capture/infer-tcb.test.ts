/**
 * The TCB table inferred from a capture: each side's machine, replayed over the observed
 * segments, holds the variables; the table is marked inferred and keyed by the returned trace's
 * events. Expected values are worked out from the captured segments' own numbers.
 */
import { readFileSync } from 'node:fs';
import { conversationToTrace, inferStatesAndTcb, readCapture } from '../../src/capture/index.ts';
import { tcbAtStep, type SendEvent, type Trace } from '../../src/sim/index.ts';

function capturedTrace(path: string): Trace {
  const read = readCapture(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(read.error.message);
  const result = conversationToTrace(read.capture, 0, path);
  if (!result.ok) throw new Error(result.error.message);
  return result.trace;
}

describe('the TCB inferred from a live capture (a_normal_client_close)', () => {
  const { trace, tcb } = inferStatesAndTcb(
    capturedTrace('tests/fixtures/captures/live/a_normal_client_close.pcap'),
  );
  const sends = trace.events.filter((e): e is SendEvent => e.type === 'send');
  const syn = sends.find((e) => e.flags.join('+') === 'SYN');
  const synAck = sends.find((e) => e.flags.join('+') === 'SYN+ACK');
  if (syn === undefined || synAck === undefined) throw new Error('no handshake in the capture');
  const deliveryOf = (s: SendEvent) =>
    trace.events.findIndex((e) => e.type === 'deliver' && e.id === s.id);

  it('is marked inferred, and keyed by events of the returned trace in order', () => {
    expect(tcb.inferred).toBe(true);
    const keys = tcb.changes.map((c) => c.at);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    for (const k of keys) expect(trace.events[k]).toBeDefined();
  });

  it('gives the client, once the SYN-ACK arrives, SND.UNA = SND.NXT = ISS + 1 and RCV.NXT = IRS + 1', () => {
    const at = deliveryOf(synAck);
    const { now } = tcbAtStep(tcb, 'client', at, at);
    expect(now).toMatchObject({
      iss: syn.seq,
      irs: synAck.seq,
      sndUna: (syn.seq + 1) % 2 ** 32,
      sndNxt: (syn.seq + 1) % 2 ** 32,
      rcvNxt: (synAck.seq + 1) % 2 ** 32,
    });
  });

  it('has no client connection before its SYN is seen', () => {
    const first = trace.events.findIndex((e) => e.type === 'send' && e.id === syn.id);
    expect(tcbAtStep(tcb, 'client', first - 1, first - 1).now).toBeNull();
  });
});
