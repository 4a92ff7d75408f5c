/**
 * The notes panel's model, from the traces of real captures: each capture's remarks land in the
 * right section with the frames they name, and malformed params are never guessed at.
 */
import { join } from 'node:path';
import { readCapture, traceConversation } from '../../src/capture/index.ts';
import { enAll as en, koAll as ko } from '../helpers/catalogues.ts';
import type { Trace, TraceNote } from '../../src/sim/index.ts';
import {
  framesOf,
  groupNotes,
  toCaptureNote,
  type NoteSection,
} from '../../src/capture/note-groups.ts';
import { noteText } from '../../src/i18n/noteText.ts';
import { CAPTURES, LIVE, fixtureBytes } from '../ui/capture/helpers.tsx';

function traceOf(path: string, stream = 0): Trace {
  const read = readCapture(fixtureBytes(path));
  if (!read.ok) throw new Error(read.error.message);
  const traced = traceConversation(read.capture, stream, 'x.pcap');
  if (!traced.ok) throw new Error(traced.error.message);
  return traced.trace;
}

const kinds = (sections: NoteSection[]) =>
  Object.fromEntries(sections.map((s) => [s.category, s.groups.map((g) => g.kind)]));

describe('capture notes', () => {
  it('sorts a normal close’s notes into what real stacks do and what is inferred', () => {
    const sections = groupNotes(traceOf(join(LIVE, 'a_normal_client_close.pcap')).notes);
    expect(kinds(sections)).toEqual({
      textbook: [],
      stack: ['timestamps-option', 'delayed-ack'],
      inferred: ['flight-time-estimate', 'note-states-inferred'],
    });
    const delayed = sections[1]?.groups[1]?.notes[0];
    if (delayed?.kind !== 'delayed-ack') throw new Error('no delayed ACK');
    expect(framesOf(delayed)).toEqual([8, 9]);
    expect(noteText(delayed, en)).toBe(
      'The server waited 40.2 ms before acknowledging frame 8 (with frame 9): its delayed-ACK timer, hoping to send the ACK along with data (Linux waits at least 40 ms). The simulator acknowledges at once.',
    );
    expect(noteText(delayed, ko)).toMatch(
      /^서버가 프레임 8의 세그먼트를 받고 40\.2밀리초 기다린 .*\(리눅스는 최소 40밀리초\)/,
    );
  });

  it('finds the textbook departures of each live capture', () => {
    const textbook = (file: string) =>
      groupNotes(traceOf(join(LIVE, file)).notes)[0]?.groups.map((g) => g.kind);
    expect(textbook('f_simultaneous_close.pcap')).toEqual(['simultaneous-close']);
    expect(textbook('d_linger_abort.pcap')).toEqual(['rst-instead-of-fin']);
    expect(textbook('e_refused.pcap')).toEqual(['connection-refused']);
    expect(textbook('g_bulk_200k.pcap')).toEqual(['three-segment-close']);
    expect(
      groupNotes(traceOf(join(CAPTURES, 'tcpdump_of13_ericsson.pcapng')).notes)
        .at(0)
        ?.groups.map((g) => g.kind),
    ).toEqual(['capture-starts-mid-connection', 'capture-ends-before-close']);
  });

  it('says what the arrows assume, with loopback delays in microseconds', () => {
    const [, , inferred] = groupNotes(traceOf(join(LIVE, 'a_normal_client_close.pcap')).notes);
    const flight = inferred?.groups[0]?.notes[0];
    if (flight === undefined) throw new Error('no flight note');
    expect(noteText(flight, en)).toMatch(
      /assume 6\.0 μs one way between the client and the capture point and 5\.0 μs between the capture point and the server, measured from the handshake: the capture point lies somewhere between the two\.$/,
    );
  });

  it('names the frames of a three-segment close and a refused connection', () => {
    const close = groupNotes(traceOf(join(LIVE, 'g_bulk_200k.pcap')).notes)[0]?.groups[0]?.notes[0];
    expect(close && framesOf(close)).toEqual([17, 18, 19]);
    const refused = groupNotes(traceOf(join(LIVE, 'e_refused.pcap')).notes)[0]?.groups[0]?.notes[0];
    expect(refused && framesOf(refused)).toEqual([1, 2]);
    expect(refused && noteText(refused, en)).toMatch(/with a reset \(frame 2\)/);
  });

  it('groups many notes of a kind and folds the importer’s “and more” count in', () => {
    const retransmit = (packet: number): TraceNote => ({
      code: 'retransmission',
      rfc: 'RFC 9293 §3.8.1',
      params: { packet, id: packet - 1, from: 'client', seq: 1, len: 10, originalPacket: 3 },
    });
    const sections = groupNotes([
      retransmit(10),
      retransmit(12),
      {
        code: 'notes-truncated',
        rfc: 'RFC 9293 §3.8.1',
        params: { code: 'retransmission', omitted: 40 },
      },
    ]);
    const group = sections[0]?.groups[0];
    expect(group?.kind).toBe('retransmission');
    expect(group?.notes).toHaveLength(2);
    expect(group?.omitted).toBe(40);
  });

  it('shows a note the panel has no words for as a plain remark', () => {
    const seeded = toCaptureNote({
      code: 'note-isn-seeded',
      rfc: 'RFC 9293 §3.4.1',
      params: { seed: 7 },
    });
    expect(seeded).toEqual({ kind: 'other', code: 'note-isn-seeded', rfc: 'RFC 9293 §3.4.1' });
    expect(framesOf(seeded)).toEqual([]);
    expect(noteText(seeded, en)).toBe('The importer notes “note-isn-seeded”.');
  });

  it('writes every kind in both languages', () => {
    const notes = [
      ...traceOf(join(LIVE, 'd_linger_abort.pcap')).notes,
      ...traceOf(join(LIVE, 'f_simultaneous_close.pcap')).notes,
      ...traceOf(join(CAPTURES, 'pcapplusplus_one_http_stream_rst.pcap')).notes,
    ].map(toCaptureNote);
    for (const note of notes) {
      expect(noteText(note, en)).not.toBe('');
      expect(noteText(note, ko)).toMatch(/[가-힣]/);
    }
  });
});
