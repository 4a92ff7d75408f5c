/**
 * Named timers by generation: an expiry scheduled before a restart or a stop is stale and must
 * do nothing (RFC 6298 §5.3: a restarted timer fires RTO after the restart, not before).
 */
import { TimerTable } from '../../../src/sim/runtime/timer-table.ts';

describe('a connection’s named timers', () => {
  it('honours only the latest start of a timer', () => {
    const timers = new TimerTable();
    const first = timers.start('retransmit');
    const restarted = timers.start('retransmit');
    expect(timers.expire('retransmit', first)).toBe(false);
    expect(timers.expire('retransmit', restarted)).toBe(true);
    // Fired once: the same expiry cannot fire again.
    expect(timers.expire('retransmit', restarted)).toBe(false);
  });

  it('makes a stopped timer’s pending expiry stale and says whether it was running', () => {
    const timers = new TimerTable();
    const started = timers.start('time-wait');
    expect(timers.stop('time-wait')).toBe(true);
    expect(timers.expire('time-wait', started)).toBe(false);
    expect(timers.stop('time-wait')).toBe(false);
  });

  it('reports a stop after expiry as not running', () => {
    const timers = new TimerTable();
    const started = timers.start('retransmit');
    expect(timers.expire('retransmit', started)).toBe(true);
    expect(timers.stop('retransmit')).toBe(false);
  });

  it('keeps each name apart', () => {
    const timers = new TimerTable();
    const rto = timers.start('retransmit');
    const twoMsl = timers.start('time-wait');
    timers.stop('time-wait');
    expect(timers.expire('time-wait', twoMsl)).toBe(false);
    expect(timers.expire('retransmit', rto)).toBe(true);
  });
});
