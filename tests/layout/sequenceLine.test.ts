/**
 * The sequence line of one direction: offsets from the ISN modulo 2^32, so a run that passes 2^32
 * draws a short line with the wrap marked, never a 4-billion-wide axis.
 */
import { changedFields, sequenceLine } from '../../src/layout/index.ts';
import type { SendEvent, TcbValues } from '../../src/sim/index.ts';

const ISS = 4294967200;
// 300 bytes after the SYN: 4294967201 + 300 = 2^32 + 205, so SND.NXT = 205.
const sender: TcbValues = {
  iss: ISS,
  irs: 5000,
  sndUna: 4294967201,
  sndNxt: 205,
  sndWnd: 65535,
  rcvNxt: 5001,
  rcvWnd: 65535,
  mss: 1460,
  sndScale: 0,
  rcvScale: 0,
  finSeq: null,
};
const receiver: TcbValues = { ...sender, iss: 5000, irs: ISS, rcvNxt: 4294967201 };

const data = {
  type: 'send',
  from: 'client',
  to: 'server',
  seq: 4294967201,
  len: 300,
  flags: ['PSH', 'ACK'],
  ack: 5001,
} as unknown as SendEvent;

describe('the sequence line across 2^32 (ISN 4294967200)', () => {
  const line = sequenceLine('client', sender, receiver, data);
  if (line === null) throw new Error('the sender has a connection');

  it('draws the SYN slot at the ISN and the sent, unacknowledged bytes up to 205', () => {
    const kinds = line.spans.map((s) => [s.kind, s.from, s.to]);
    expect(kinds).toEqual([
      ['syn', ISS, 4294967201],
      ['unacked', 4294967201, 205],
      ['usable', 205, (4294967201 + 65535) % 2 ** 32],
      ['segment', 4294967201, 205],
    ]);
  });

  it('marks the wrap where the numbers pass 2^32 (96 numbers after the ISN), on a line of 0..1', () => {
    // 2^32 - 4294967200 = 96: the wrap is 96 numbers after the ISN, within the 301 sent.
    expect(line.wrapX).not.toBeNull();
    for (const s of line.spans) {
      expect(s.x0).toBeGreaterThanOrEqual(0);
      expect(s.x1).toBeLessThanOrEqual(1);
    }
    const unacked = line.spans.find((s) => s.kind === 'unacked');
    expect(line.wrapX ?? 0).toBeGreaterThan(unacked?.x0 ?? 1);
    expect(line.wrapX ?? 1).toBeLessThan(unacked?.x1 ?? 0);
  });

  it('draws a window much wider than the data shorter, with a break, and the ACK at RCV.NXT', () => {
    expect(line.windowBroken).toBe(true);
    expect(line.ack?.value).toBe(4294967201);
  });

  it('has no line before the sender has a connection', () => {
    expect(sequenceLine('client', null, receiver, null)).toBeNull();
  });

  it('names the variables a step changed, and none when the connection appears', () => {
    expect([...changedFields({ ...sender, sndUna: 205 }, sender)]).toEqual(['sndUna']);
    expect(changedFields(sender, null).size).toBe(0);
  });
});
