/**
 * RFC 6298's retransmission timeout, by its formulas: alpha = 1/8, beta = 1/4, K = 4, clock
 * granularity G = 1 ms; RTO floor 1 s (§2.4), ceiling 60 s (§2.5), initial 1 s (§2.1).
 */
import { backOff, initialRto, sampleRtt } from '../../src/sim/rto.ts';

const limits = { initialMs: 1000, minMs: 1000, maxMs: 60000 };
/** Limits with no floor, to see the formulas unclamped. */
const open = { initialMs: 1000, minMs: 1, maxMs: 600000 };

describe('§2.1: before any measurement', () => {
  it('RTO = 1 s, SRTT unset', () => {
    expect(initialRto(limits)).toEqual({ rto: 1000, srtt: null, rttvar: 0 });
  });
});

describe('§2.2: the first measurement R', () => {
  it('SRTT = R, RTTVAR = R/2, RTO = SRTT + max(G, K*RTTVAR)', () => {
    // R = 2000: SRTT = 2000, RTTVAR = 1000, RTO = 2000 + 4000 = 6000.
    expect(sampleRtt(initialRto(limits), 2000, limits)).toEqual({
      srtt: 2000,
      rttvar: 1000,
      rto: 6000,
    });
  });

  it('uses G when K*RTTVAR is smaller: R = 0 gives 0 + max(1, 0) = 1 ms (unclamped)', () => {
    expect(sampleRtt(initialRto(open), 0, open).rto).toBe(1);
  });
});

describe('§2.3: a later measurement R′', () => {
  it('RTTVAR = 3/4 RTTVAR + 1/4 |SRTT - R′| (old SRTT), then SRTT = 7/8 SRTT + 1/8 R′', () => {
    // First R = 600: SRTT 600, RTTVAR 300. Then R′ = 200:
    // RTTVAR = 225 + 100 = 325; SRTT = 525 + 25 = 550; RTO = 550 + 1300 = 1850.
    const first = sampleRtt(initialRto(limits), 600, limits);
    expect(first).toEqual({ srtt: 600, rttvar: 300, rto: 1800 });
    expect(sampleRtt(first, 200, limits)).toEqual({ srtt: 550, rttvar: 325, rto: 1850 });
  });

  it('updates RTTVAR with the old SRTT, not the new one', () => {
    // SRTT 1000, RTTVAR 0; R′ = 2000. With the old SRTT: RTTVAR = 1/4 * 1000 = 250.
    // (With the new SRTT 1125 it would be 1/4 * 875 = 218.75.)
    const s = sampleRtt({ rto: 1000, srtt: 1000, rttvar: 0 }, 2000, open);
    expect(s.rttvar).toBe(250);
    expect(s.srtt).toBe(1125);
    expect(s.rto).toBe(1125 + 1000);
  });
});

describe('§2.4 and §2.5: bounds', () => {
  it('rounds an RTO under 1 s up to 1 s', () => {
    // R = 100: 100 + 200 = 300 -> 1000.
    expect(sampleRtt(initialRto(limits), 100, limits).rto).toBe(1000);
  });

  it('caps the RTO at the maximum', () => {
    expect(sampleRtt(initialRto(limits), 50000, limits).rto).toBe(60000);
  });
});

describe('§5.5: back off on expiry', () => {
  it('doubles the RTO: 1 s, 2 s, 4 s, 8 s', () => {
    const rtos: number[] = [];
    let s = initialRto(limits);
    for (let i = 0; i < 4; i++) {
      rtos.push(s.rto);
      s = backOff(s, limits);
    }
    expect(rtos).toEqual([1000, 2000, 4000, 8000]);
  });

  it('caps the doubling at the maximum: 32 s -> 60 s -> 60 s', () => {
    const s = backOff({ rto: 32000, srtt: null, rttvar: 0 }, limits);
    expect(s.rto).toBe(60000);
    expect(backOff(s, limits).rto).toBe(60000);
  });

  it('keeps SRTT and RTTVAR while backing off', () => {
    expect(backOff({ rto: 1800, srtt: 600, rttvar: 300 }, limits)).toEqual({
      rto: 3600,
      srtt: 600,
      rttvar: 300,
    });
  });
});
