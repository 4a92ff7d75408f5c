/**
 * Between the endpoint machines and the run: a machine's outputs become trace events, timers
 * on the agenda and segments on the wire, and a timer that comes due goes back to its machine.
 */
import type { EndpointEvent, EndpointOutput } from '../endpoint-events.ts';
import type { Segment } from '../segment.ts';
import type { Connection } from './connection.ts';
import { RANK, type TimerItem } from './flood-agenda.ts';
import type { FloodContext } from './flood-context.ts';
import type { Role } from './flood-hosts.ts';

/** The event that hands a machine a segment arriving now. */
export function arrivalAt(t: number, segment: Segment): EndpointEvent {
  return { type: 'segment.arrived', t, segment };
}

/** Turns a machine's outputs into trace events, timers and segments. */
export function applyOutputs(
  run: FloodContext,
  conn: Connection,
  role: Role,
  outputs: readonly EndpointOutput[],
): void {
  const { agenda, recorder } = run;
  const held = role.side === 'server' ? run.held.get(role.peer) : undefined;
  const entry = held?.conn === conn ? held : undefined;
  for (const o of outputs) {
    switch (o.type) {
      case 'out.state':
        if (role.lane !== null) recorder.state(role.lane, o.to, o.why);
        break;
      case 'out.notice':
        if (role.lane !== null) recorder.notice(role.lane, o.why);
        break;
      case 'out.timer':
        conn.timerGeneration[o.timer] += 1;
        if (o.action === 'stop') {
          if (entry !== undefined) entry.nextRetransmitAt = null;
          if (role.lane !== null && conn.timersShown.delete(o.timer)) {
            recorder.timerEnded(role.lane, o.timer, 'stop');
          }
          break;
        }
        {
          const ms = o.ms ?? 0;
          const at = agenda.now + ms;
          agenda.push(
            at,
            {
              kind: 'timer',
              conn,
              role,
              timer: o.timer,
              generation: conn.timerGeneration[o.timer],
            },
            RANK.timer,
          );
          if (entry !== undefined) entry.nextRetransmitAt = at;
          if (role.lane !== null) {
            conn.timersShown.add(o.timer);
            recorder.timerStarted(role.lane, o.timer, at, ms);
          }
        }
        break;
      case 'out.segment':
        if (entry !== undefined && o.segment.ctl.syn) entry.synAcksSent += 1;
        run.wire.transmit(role.side, role.peer, o.segment, {
          retransmission: o.retransmission,
          ackBasis: o.ackBasis,
          why: o.why,
          conn,
        });
        break;
    }
  }
}

/**
 * A timer came due. It is ignored when its connection was let go or the timer was restarted or
 * stopped since it was scheduled (its generation moved on).
 */
export function expireTimer(run: FloodContext, item: TimerItem): void {
  const { conn, role, timer } = item;
  if (!conn.alive || conn.timerGeneration[timer] !== item.generation) return;
  conn.timerGeneration[timer] += 1;
  conn.timersShown.delete(timer);
  if (role.lane !== null) run.recorder.timerEnded(role.lane, timer, 'expire');
  const entry = run.held.get(role.peer);
  if (entry?.conn === conn) entry.nextRetransmitAt = null;
  applyOutputs(
    run,
    conn,
    role,
    conn.dispatch({
      type: timer === 'retransmit' ? 'timer.retransmit' : 'timer.timeWait',
      t: run.agenda.now,
    }),
  );
  run.held.settle(role.peer);
}
