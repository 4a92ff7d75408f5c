/** Play, pause, step, restart, jump to end: the transport buttons. */
import { useMessages, usePlayerActor } from '../app/contexts.ts';
import { Icon } from './Icon.tsx';
import { useCursor, useIsAtEnd, useIsPlaying } from './usePlayerSelectors.ts';

export function PlayerControls() {
  const t = useMessages();
  const actor = usePlayerActor();
  const playing = useIsPlaying();
  const cursor = useCursor();
  const atEnd = useIsAtEnd();
  return (
    <div className="transport" role="group" aria-label={t.player}>
      <button
        type="button"
        className="icon-button"
        aria-label={t.restart}
        title={t.restart}
        onClick={() => {
          actor.send({ type: 'player.restart' });
        }}
      >
        <Icon name="restart" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t.stepBack}
        title={t.stepBack}
        disabled={cursor === 0 && !playing}
        onClick={() => {
          actor.send({ type: 'player.stepBack' });
        }}
      >
        <Icon name="stepBack" />
      </button>
      <button
        type="button"
        className="icon-button primary"
        aria-label={playing ? t.pause : t.play}
        title={playing ? t.pause : t.play}
        onClick={() => {
          actor.send({ type: 'player.toggle' });
        }}
      >
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t.stepForward}
        title={t.stepForward}
        disabled={atEnd}
        onClick={() => {
          actor.send({ type: 'player.stepForward' });
        }}
      >
        <Icon name="stepForward" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t.jumpToEnd}
        title={t.jumpToEnd}
        disabled={atEnd}
        onClick={() => {
          actor.send({ type: 'player.end' });
        }}
      >
        <Icon name="end" />
      </button>
    </div>
  );
}
