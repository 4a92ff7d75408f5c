/**
 * The agenda: one queue on the virtual clock. At one instant calls come first, then arrivals,
 * then timers (README: "At one instant, application calls come first, then arriving segments,
 * then timers"), whatever order they were put in; within a rank, first in, first out.
 */
import { Agenda, RANK } from '../../../src/sim/index.ts';

function drain(agenda: Agenda<string>): [number, string][] {
  const out: [number, string][] = [];
  for (let item = agenda.next(); item !== undefined; item = agenda.next()) {
    out.push([agenda.now, item]);
  }
  return out;
}

describe('the agenda', () => {
  it('takes items in time order, moving the clock to each', () => {
    const agenda = new Agenda<string>();
    agenda.push(30, RANK.call, 'c');
    agenda.push(10, RANK.timer, 'a');
    agenda.push(20, RANK.arrival, 'b');
    expect(agenda.peekTime()).toBe(10);
    expect(drain(agenda)).toEqual([
      [10, 'a'],
      [20, 'b'],
      [30, 'c'],
    ]);
    expect(agenda.size).toBe(0);
    expect(agenda.peekTime()).toBeUndefined();
  });

  it('at one instant: calls, then arrivals, then timers; each rank first in, first out', () => {
    const agenda = new Agenda<string>();
    agenda.push(5, RANK.timer, 'rto');
    agenda.push(5, RANK.arrival, 'ack');
    agenda.push(5, RANK.call, 'close');
    agenda.push(5, RANK.arrival, 'fin');
    agenda.push(5, RANK.call, 'send');
    expect(drain(agenda).map(([, item]) => item)).toEqual(['close', 'send', 'ack', 'fin', 'rto']);
  });

  it('moves the clock forward on request, never back', () => {
    const agenda = new Agenda<string>();
    agenda.advanceTo(100);
    expect(agenda.now).toBe(100);
    agenda.advanceTo(40);
    expect(agenda.now).toBe(100);
  });
});
