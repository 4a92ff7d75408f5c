/** TODO-DOC ui/run */
export { DisplayTimeContext, MessagesContext, NumberModeContext, type PlayerActor, PlayerContext, RunContext, SelectionContext, useDisplayTime, useMessages, useNumberMode, usePlayerActor, useRun, useSelection } from './contexts.ts';
export { useMotionAttributes, useMotionText } from './useMotionBinding.ts';
export { useCursor, useIsAtEnd, useIsPlaying, useSpeed } from './usePlayerSelectors.ts';
