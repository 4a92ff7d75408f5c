/** Play, pause, step, restart, jump to end: the transport buttons. */
import { useMessages, usePlayerActor, useCursor, useIsAtEnd, useIsPlaying } from '../run/index.ts';
import { TransportButton } from './TransportButton.tsx';

export function PlayerControls() {
  const t = useMessages();
  const actor = usePlayerActor();
  const playing = useIsPlaying();
  const cursor = useCursor();
  const atEnd = useIsAtEnd();
  return (
    <div className="transport" role="group" aria-label={t.player}>
      <TransportButton
        label={t.restart}
        icon="restart"
        onPress={() => {
          actor.send({ type: 'player.restart' });
        }}
      />
      <TransportButton
        label={t.stepBack}
        icon="stepBack"
        disabled={cursor === 0 && !playing}
        onPress={() => {
          actor.send({ type: 'player.stepBack' });
        }}
      />
      <TransportButton
        label={playing ? t.pause : t.play}
        icon={playing ? 'pause' : 'play'}
        primary
        onPress={() => {
          actor.send({ type: 'player.toggle' });
        }}
      />
      <TransportButton
        label={t.stepForward}
        icon="stepForward"
        disabled={atEnd}
        onPress={() => {
          actor.send({ type: 'player.stepForward' });
        }}
      />
      <TransportButton
        label={t.jumpToEnd}
        icon="end"
        disabled={atEnd}
        onPress={() => {
          actor.send({ type: 'player.end' });
        }}
      />
    </div>
  );
}
