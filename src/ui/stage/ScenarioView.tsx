/**
 * One loaded run: the player actor, its playback, and the panels that show it. Keyed by
 * scenario, so choosing another scenario starts a fresh player.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { buildRunModel } from '../../layout/index.ts';
import type { Trace } from '../../sim/index.ts';
import { InspectorPanel } from '../inspector/index.ts';
import { LadderPanel } from '../ladder/index.ts';
import { NarrationPanel, NarrationTicker } from '../narration/index.ts';
import {
  PlayerControls,
  PlayerStatus,
  Scrubber,
  SpeedControl,
  useKeyboardShortcuts,
  usePlayback,
} from '../player/index.ts';
import { StateDiagramPanel } from '../statediagram/index.ts';
import {
  DisplayTimeContext,
  PlayerContext,
  RunContext,
  SelectionContext,
  useMessages,
  usePlayerHandle,
  usePlayerValue,
} from '../run/index.ts';

export interface ScenarioViewProps {
  trace: Trace;
  initialStep: number;
  /** The scenario's one-line description, shown before the first step. */
  description: string | null;
  /** Called with the step whenever the player comes to rest on one. */
  onRest?: (step: number) => void;
  /** More parts of this run's view (toolbars, captions), inside its providers. */
  children?: ReactNode;
  /** Only the player and the diagram: no narration panel, state diagram or inspector (embeds). */
  minimal?: boolean;
  /** Whether the player takes its keys from the whole window (not on someone else's page). */
  windowKeys?: boolean;
}

export function ScenarioView({
  trace,
  initialStep,
  description,
  onRest,
  children,
  minimal = false,
  windowKeys = true,
}: ScenarioViewProps) {
  const t = useMessages();
  const run = useMemo(() => buildRunModel(trace), [trace]);
  // The player machine (and XState) load after the first paint; until then the handle shows
  // the machine's initial snapshot and keeps what is sent to it.
  const { actor, started } = usePlayerHandle({ schedule: run.schedule, step: initialStep });
  const displayTime = usePlayback(actor);
  useKeyboardShortcuts(actor, windowKeys);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const selection = useMemo(() => ({ selectedId, select: setSelectedId }), [selectedId]);

  const rest = usePlayerValue(actor, (s) => (s.matches('paused') ? s.context.cursor : null));
  useEffect(() => {
    if (rest !== null) onRest?.(rest);
  }, [rest, onRest]);

  return (
    <RunContext.Provider value={run}>
      <PlayerContext.Provider value={actor}>
        <DisplayTimeContext.Provider value={displayTime}>
          <SelectionContext.Provider value={selection}>
            <div className="workspace">
              <div className="player-bar" aria-label={t.player} role="region" aria-busy={!started}>
                <NarrationTicker />
                <PlayerControls />
                <Scrubber />
                <div className="player-meta">
                  <PlayerStatus />
                  <SpeedControl />
                </div>
              </div>
              {!minimal && <NarrationPanel description={description} />}
              <LadderPanel />
              {!minimal && (
                <aside className="side">
                  <StateDiagramPanel />
                  <InspectorPanel />
                  <p className="keyboard-help">{t.keyboardHelp}</p>
                </aside>
              )}
              {children}
            </div>
          </SelectionContext.Provider>
        </DisplayTimeContext.Provider>
      </PlayerContext.Provider>
    </RunContext.Provider>
  );
}
