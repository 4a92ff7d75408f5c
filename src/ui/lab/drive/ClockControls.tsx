/**
 * The clock: the player's Play runs it live and Step forward advances to the next event; here,
 * each running timer can be fast-forwarded to the moment it fires.
 */
import { useId } from 'react';
import { useMessagesWith, usePlayerActor, useRun, useCursor } from '../../run/index.ts';
import { FOCUS_ATTRIBUTE } from './focusKeys.ts';
import { cursorThrough, momentOfCursor, seconds } from '../../../lab/index.ts';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

export function ClockControls() {
  const t = useMessagesWith(labCatalogues);
  const run = useRun();
  const actor = usePlayerActor();
  const cursor = useCursor();
  const headingId = useId();
  // As the calls do, the timers are those running once this instant is over.
  const moment = momentOfCursor(run.timeline, cursor);
  const at = moment < 0 ? cursor : Math.max(cursor, cursorThrough(run.timeline, moment));
  const scene = run.checkpoints[at];
  const skips = (['client', 'server'] as const).flatMap((endpoint) =>
    (scene?.[endpoint].timers ?? []).flatMap((timer) => {
      const fires = run.timeline.steps.find(
        (s) =>
          s.n > at &&
          s.event.type === 'timer' &&
          s.event.endpoint === endpoint &&
          s.event.timer === timer.timer &&
          s.t === timer.expiresAt,
      );
      // Land after what the expiry causes at that instant, as an action would.
      const step = fires === undefined ? 0 : cursorThrough(run.timeline, fires.t);
      return fires === undefined ? [] : [{ endpoint, timer: timer.timer, step, t: fires.t }];
    }),
  );
  return (
    <section className="lab-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="lab-card-title">
        {t.lab.clock}
      </h3>
      <p className="lab-hint">{t.lab.clockHint}</p>
      {skips.length === 0 ? (
        <p className="lab-hint">{t.lab.noTimerToSkip}</p>
      ) : (
        <div className="lab-stack">
          {skips.map((s) => (
            <button
              key={`${s.endpoint}-${s.timer}`}
              type="button"
              className="lab-button"
              {...{ [FOCUS_ATTRIBUTE]: `skip-${s.endpoint}-${s.timer}` }}
              onClick={() => {
                actor.send({ type: 'player.goToStep', step: s.step });
              }}
            >
              {t.lab.skipToTimer(t.endpoint[s.endpoint], s.timer, seconds(s.t))}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
