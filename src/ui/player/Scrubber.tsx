/**
 * A slider over the whole run. Dragging seeks; arrow keys and PageUp/PageDown step, so the
 * keyboard moves by meaningful events rather than by milliseconds. Its value follows the player
 * without re-rendering React on every frame.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { formatClock, toTrace } from '../../layout/index.ts';
import { useMessages, usePlayerActor, useRun, useCursor } from '../run/index.ts';

export function Scrubber() {
  const t = useMessages();
  const actor = usePlayerActor();
  const run = useRun();
  const cursor = useCursor();
  const ref = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const input = ref.current;
    if (input === null) return undefined;
    const follow = (): void => {
      input.value = String(actor.getSnapshot().context.position);
    };
    follow();
    const sub = actor.subscribe(follow);
    return () => {
      sub.unsubscribe();
    };
  }, [actor]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const map: Record<string, () => void> = {
      ArrowLeft: () => {
        actor.send({ type: 'player.stepBack' });
      },
      ArrowDown: () => {
        actor.send({ type: 'player.stepBack' });
      },
      PageUp: () => {
        actor.send({ type: 'player.stepBack' });
      },
      ArrowRight: () => {
        actor.send({ type: 'player.stepForward' });
      },
      ArrowUp: () => {
        actor.send({ type: 'player.stepForward' });
      },
      PageDown: () => {
        actor.send({ type: 'player.stepForward' });
      },
      Home: () => {
        actor.send({ type: 'player.goToStep', step: 0 });
      },
      End: () => {
        actor.send({ type: 'player.end' });
      },
    };
    const action = map[e.key];
    if (action !== undefined) {
      e.preventDefault();
      action();
    }
  };

  const total = run.schedule.count;
  const seconds = formatClock(toTrace(run.timeline, run.schedule.d[cursor] ?? 0)).replace(' s', '');
  return (
    <input
      ref={ref}
      className="scrubber"
      type="range"
      min={0}
      max={run.schedule.total}
      step="any"
      defaultValue={0}
      aria-label={t.scrubber}
      aria-valuetext={t.scrubberValue(cursor, total, seconds)}
      onKeyDown={onKeyDown}
      onInput={(e) => {
        actor.send({ type: 'player.seek', position: Number(e.currentTarget.value) });
      }}
    />
  );
}
