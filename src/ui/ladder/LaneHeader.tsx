/** One lane's heading: the endpoint, its port, its state now, and its running timers. */
import type { EndpointId } from '../../sim/index.ts';
import { useMessages, useRun, useCursor } from '../run/index.ts';
import { statePhase } from '../../layout/index.ts';
import { TimerCountdown } from './TimerCountdown.tsx';

export function LaneHeader({ endpoint }: { endpoint: EndpointId }) {
  const t = useMessages();
  const run = useRun();
  const cursor = useCursor();
  const scene = run.checkpoints[cursor]?.[endpoint];
  if (scene === undefined) return null;
  const name = t.endpoint[endpoint];
  const headingId = `lane-${endpoint}-name`;
  return (
    <section className={`lane-header lane-${endpoint}`} aria-labelledby={headingId}>
      <div className="lane-title">
        <h3 id={headingId} className="lane-name">
          {name}
          <span className="lane-port">:{run.trace.endpoints[endpoint].port}</span>
        </h3>
        <p className={`state-badge phase-${statePhase(scene.state)}`} data-state={scene.state}>
          <span className="visually-hidden">{t.laneState(name, scene.state)}</span>
          <span aria-hidden="true">{scene.state}</span>
        </p>
      </div>
      {scene.timers.length > 0 ? (
        <ul className="timer-list" aria-label={t.timers}>
          {scene.timers.map((timer) => (
            <TimerCountdown key={`${timer.timer}-${timer.startedAt}`} timer={timer} />
          ))}
        </ul>
      ) : (
        <div className="timer-list" aria-hidden="true" />
      )}
    </section>
  );
}
