/** The player's controls and its clock (the one place the app reads wall-clock time). */
export { PlayerControls } from './PlayerControls.tsx';
export { PlayerStatus } from './PlayerStatus.tsx';
export { Scrubber } from './Scrubber.tsx';
export { SpeedControl } from './SpeedControl.tsx';
export { playerEventForKey, useKeyboardShortcuts } from './useKeyboardShortcuts.ts';
export { usePlayback } from './usePlayback.ts';
