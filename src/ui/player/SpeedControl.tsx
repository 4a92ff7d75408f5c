/** The playback speed, 0.25x to 4x. */
import { useMessages, usePlayerActor, useSpeed } from '../run/index.ts';
import { SPEEDS, isSpeed } from '../../player/index.ts';

export function SpeedControl() {
  const t = useMessages();
  const actor = usePlayerActor();
  const speed = useSpeed();
  return (
    <label className="speed">
      <span className="speed-label">{t.speed}</span>
      <select
        value={speed}
        onChange={(e) => {
          const x = Number(e.currentTarget.value);
          if (isSpeed(x)) actor.send({ type: 'player.setSpeed', speed: x });
        }}
      >
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {t.speedValue(s)}
          </option>
        ))}
      </select>
    </label>
  );
}
