/** The schemas at the worker boundary: real messages pass, malformed ones say where they fail. */
import { join } from 'node:path';
import { readCapture, traceConversation } from '../../../src/capture/index.ts';
import { builtInScenarios } from '../../../src/scenarios/index.ts';
import { simulate, withProfile } from '../../../src/sim/index.ts';
import { summarizeCapture } from '../../../src/ui/capture/captureSummary.ts';
import { traceSchema } from '../../../src/ui/kit/traceSchema.ts';
import {
  MAX_LISTED_CONVERSATIONS,
  parseMainMessage,
  parseWorkerMessage,
} from '../../../src/ui/capture/workerProtocol.ts';
import { LIVE, fixtureBytes } from './helpers.tsx';

function capturedTrace() {
  const read = readCapture(fixtureBytes(join(LIVE, 'f_simultaneous_close.pcap')));
  if (!read.ok) throw new Error(read.error.message);
  const traced = traceConversation(read.capture, 0, 'f.pcap');
  if (!traced.ok) throw new Error(traced.error.message);
  return { capture: read.capture, trace: traced.trace };
}

describe('worker messages', () => {
  it('accepts every built-in scenario’s trace and a captured one', () => {
    for (const s of builtInScenarios) {
      expect(traceSchema.safeParse(simulate(s)).success).toBe(true);
      // The Linux profile's reasons, timers and source cross the worker's border too.
      expect(traceSchema.safeParse(simulate(withProfile(s, 'linux'))).success).toBe(true);
    }
    expect(traceSchema.safeParse(capturedTrace().trace).success).toBe(true);
  });

  it('accepts a summary and progress as the worker sends them', () => {
    const { capture } = capturedTrace();
    const summary = summarizeCapture(capture, 'f.pcap', 1069);
    expect(parseWorkerMessage({ type: 'opened', summary })).toEqual({
      ok: true,
      message: { type: 'opened', summary },
    });
    const progress = { bytesRead: 10, totalBytes: null, frames: 0, segments: 0 };
    expect(parseWorkerMessage({ type: 'progress', progress }).ok).toBe(true);
  });

  it('names the field that is wrong', () => {
    const { trace } = capturedTrace();
    const broken = structuredClone(trace);
    const send = broken.events.find((e) => e.type === 'send');
    if (send?.type !== 'send') throw new Error('no send');
    (send as { seq: unknown }).seq = -1;
    const result = parseWorkerMessage({ type: 'trace', requestId: 1, trace: broken });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^trace\.events\.\d+\.seq: /);

    const badState = structuredClone(trace);
    badState.endpoints.client.finalState = 'SLEEPING' as 'CLOSED';
    const r2 = parseWorkerMessage({ type: 'trace', requestId: 1, trace: badState });
    expect(!r2.ok && r2.error).toMatch(/^trace\.endpoints\.client\.finalState: /);

    // A note or a reason must carry the parameters its code names (src/sim/why.ts).
    const badNote = structuredClone(trace);
    const delayed = badNote.notes.find((n) => n.code === 'flight-time-estimate');
    if (delayed === undefined) throw new Error('no flight-time note');
    (delayed.params as Record<string, unknown>).clientSideMs = 'near';
    const r4 = parseWorkerMessage({ type: 'trace', requestId: 1, trace: badNote });
    expect(!r4.ok && r4.error).toMatch(
      /^trace\.notes\.\d+: a note with an unknown code or parameters/,
    );
    const badWhy = structuredClone(trace);
    const sent = badWhy.events.find((e) => e.type === 'send');
    if (sent?.type !== 'send') throw new Error('no send');
    (sent.why as { code: string }).code = 'gremlins';
    const r5 = parseWorkerMessage({ type: 'trace', requestId: 1, trace: badWhy });
    expect(!r5.ok && r5.error).toMatch(/^trace\.events\.\d+\.why: a reason with an unknown code/);

    expect(parseWorkerMessage({ type: 'explode' }).ok).toBe(false);
    expect(parseWorkerMessage(null).ok).toBe(false);
    const r3 = parseWorkerMessage({
      type: 'open-failed',
      failure: {
        fileName: 'x',
        error: { code: 'gremlins', offset: 0, message: 'x' },
        warnings: [],
        warningCounts: {},
        bytesRead: 0,
        frames: 0,
      },
    });
    expect(!r3.ok && r3.error).toMatch(/^failure\.error\.code: /);
  });

  it('refuses a conversation list longer than the page takes', () => {
    const { capture } = capturedTrace();
    const summary = summarizeCapture(capture, 'f.pcap', 1069);
    const row = summary.conversations[0];
    if (row === undefined) throw new Error('no row');
    const long = {
      ...summary,
      conversations: Array.from({ length: MAX_LISTED_CONVERSATIONS + 1 }, (_, stream) => ({
        ...row,
        stream,
      })),
    };
    expect(parseWorkerMessage({ type: 'opened', summary: long }).ok).toBe(false);
  });

  it('checks the page’s requests on the worker side too', () => {
    expect(parseMainMessage({ type: 'open', file: new Blob([]), name: 'a.pcap' }).ok).toBe(true);
    expect(parseMainMessage({ type: 'trace', requestId: 3, stream: 2 }).ok).toBe(true);
    expect(parseMainMessage({ type: 'trace', requestId: 3, stream: -2 }).ok).toBe(false);
    expect(parseMainMessage({ type: 'open', file: 'a.pcap', name: 'a.pcap' }).ok).toBe(false);
  });
});
