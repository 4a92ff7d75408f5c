/**
 * React contexts shared by the features. Each holds one concern, so a change of selection does
 * not re-render the player, and per-frame time never goes through React at all (it is a
 * framer-motion MotionValue).
 */
import { createContext, useContext, useMemo } from 'react';
import type { MotionValue } from 'framer-motion';
import type { NumberMode, RunModel } from '../../layout/index.ts';
import type { Catalogues, Feature, Messages, MessagesWith } from '../../i18n/index.ts';
import type { PlayerActor } from './lazyPlayer.ts';

export const MessagesContext = createContext<Messages | null>(null);
export const NumberModeContext = createContext<NumberMode>('absolute');
export const RunContext = createContext<RunModel | null>(null);
export const PlayerContext = createContext<PlayerActor | null>(null);
/** Display time of the playhead, updated every frame while playing. */
export const DisplayTimeContext = createContext<MotionValue<number> | null>(null);

export interface Selection {
  selectedId: number | null;
  select: (id: number | null) => void;
}
export const SelectionContext = createContext<Selection>({
  selectedId: null,
  select: () => undefined,
});

function required<T>(value: T | null, name: string): T {
  if (value === null) throw new Error(`${name} is used outside its provider`);
  return value;
}

/** The messages of the current language: the first view's (no feature's catalogue). */
export function useMessages(): Messages {
  return required(useContext(MessagesContext), 'MessagesContext');
}

/**
 * The messages of the current language with some features' catalogues, for the components of
 * those features, which load lazily and so load their catalogues with them:
 * `useMessagesWith(labCatalogues)` (src/i18n/lab/catalogues.ts).
 */
export function useMessagesWith<F extends Feature>(catalogues: Catalogues<F>): MessagesWith<F> {
  const t = useMessages();
  return useMemo(() => ({ ...t, ...catalogues[t.lang] }), [t, catalogues]);
}

/** The loaded run. */
export function useRun(): RunModel {
  return required(useContext(RunContext), 'RunContext');
}

/** The player actor. */
export function usePlayerActor(): PlayerActor {
  return required(useContext(PlayerContext), 'PlayerContext');
}

/** The playhead's display time. */
export function useDisplayTime(): MotionValue<number> {
  return required(useContext(DisplayTimeContext), 'DisplayTimeContext');
}

/** Absolute or relative numbers. */
export function useNumberMode(): NumberMode {
  return useContext(NumberModeContext);
}

/** The selected segment. */
export function useSelection(): Selection {
  return useContext(SelectionContext);
}
