/**
 * The run on screen, shared by every feature: its React contexts (messages, number mode, run,
 * player actor, display time, selection) and the narrow selectors that read them.
 */
export {
  DisplayTimeContext,
  MessagesContext,
  NumberModeContext,
  PlayerContext,
  RunContext,
  SelectionContext,
  useDisplayTime,
  useMessages,
  useMessagesWith,
  useNumberMode,
  usePlayerActor,
  useRun,
  useSelection,
} from './contexts.ts';
export { SceneZoomContext, useSceneZoom } from './sceneZoom.ts';
export { useMotionAttributes, useMotionText } from './useMotionBinding.ts';
export type { PlayerActor } from './lazyPlayer.ts';
export { usePlayerHandle, usePlayerValue } from './usePlayerHandle.ts';
export { useCursor, useIsAtEnd, useIsPlaying, useSpeed } from './usePlayerSelectors.ts';
