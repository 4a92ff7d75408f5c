/**
 * One prepared run: the player actor, its playback, and the panels that show it (ScenarioView
 * prepares the run). Keyed by scenario, so choosing another scenario starts a fresh player. On a phone the diagram fills
 * the screen above the player and the other panels open one at a time between them (the
 * sheet); wider, they sit beside the diagram and the inspector floats by the chosen segment.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { RunModel } from '../../layout/index.ts';
import { LadderPanel } from '../ladder/index.ts';
import { NarrationTicker } from '../narration/index.ts';
import {
  PlayerControls,
  PlayerStatus,
  Scrubber,
  SpeedControl,
  useKeyboardShortcuts,
  usePlayback,
} from '../player/index.ts';
import {
  DisplayTimeContext,
  PlayerContext,
  RunContext,
  SceneZoomContext,
  SelectionContext,
  useMessages,
  usePlayerHandle,
  usePlayerValue,
} from '../run/index.ts';
import { useMediaQuery } from '../kit/index.ts';
import { SheetTabs, type SheetPanel } from './SheetTabs.tsx';
import type { StagePanels } from './stagePanels.ts';

/** Where the layout puts the diagram above a docked player and panels in a sheet. */
const DOCKED = '(max-width: 1023px)';

export interface ScenarioStageProps {
  run: RunModel;
  initialStep: number;
  /** The scenario's one-line description, shown before the first step. */
  description: string | null;
  /** Called with the step whenever the player comes to rest on one. */
  onRest?: (step: number) => void;
  /** More parts of this run's view (toolbars, captions), inside its providers. */
  children?: ReactNode;
  /**
   * The narration, inspector and state diagram (FULL_PANELS); without them, only the player and
   * the diagram (embeds).
   */
  panels?: StagePanels;
  /** Whether the player takes its keys from the whole window (not on someone else's page). */
  windowKeys?: boolean;
  /**
   * The name of the view's own panel (its `children`), which then opens from the phone's sheet
   * like the others, and is open at first; without it, children are placed as they are.
   */
  childrenTab?: string;
  /**
   * Each side's TCB (the caller's lazily loaded panel), drawn only while its tab is open: on a
   * phone a panel of the sheet, wider in the state diagram's column.
   */
  tcb?: ReactNode;
}

export function ScenarioStage({
  run,
  initialStep,
  description,
  onRest,
  children,
  panels,
  windowKeys = true,
  childrenTab,
  tcb,
}: ScenarioStageProps) {
  const t = useMessages();
  const minimal = panels === undefined;
  // The player machine (and XState) load after the first paint; until then the handle shows
  // the machine's initial snapshot and keeps what is sent to it.
  const { actor, started } = usePlayerHandle({ schedule: run.schedule, step: initialStep });
  const displayTime = usePlayback(actor);
  useKeyboardShortcuts(actor, windowKeys);
  const docked = useMediaQuery(DOCKED);
  // A view's own panel (the Lab's controls) is what a phone opens on: it is the point of the view.
  const [sheet, setSheet] = useState<SheetPanel | null>(childrenTab === undefined ? null : 'extra');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const select = useCallback(
    (id: number | null) => {
      setSelectedId(id);
      // On a phone, choosing a segment opens its header in the sheet, one tap from the diagram.
      if (id !== null && docked && !minimal) setSheet('segment');
    },
    [docked, minimal],
  );
  const selection = useMemo(() => ({ selectedId, select }), [selectedId, select]);
  const [zoom, setZoom] = useState<number | null>(null);
  const sceneZoom = useMemo(() => ({ zoom, setZoom }), [zoom]);
  const workspaceRef = useRef<HTMLDivElement>(null);
  const segmentOf = useCallback(
    (id: number): SVGGElement | null =>
      workspaceRef.current?.querySelector<SVGGElement>(`.ladder [data-segment="${String(id)}"]`) ??
      null,
    [],
  );
  const baseId = useId();
  const ids: Record<SheetPanel, string> = {
    why: `${baseId}-why`,
    states: `${baseId}-states`,
    segment: `${baseId}-segment`,
    tcb: `${baseId}-tcb`,
    extra: `${baseId}-extra`,
  };
  const toggle = (panel: SheetPanel): void => {
    setSheet((open) => (open === panel ? null : panel));
  };
  const sheetClass = (panel: SheetPanel): string =>
    sheet === panel ? 'sheet-panel is-open' : 'sheet-panel';

  const rest = usePlayerValue(actor, (s) => (s.matches('paused') ? s.context.cursor : null));
  useEffect(() => {
    if (rest !== null) onRest?.(rest);
  }, [rest, onRest]);

  return (
    <RunContext.Provider value={run}>
      <PlayerContext.Provider value={actor}>
        <DisplayTimeContext.Provider value={displayTime}>
          <SelectionContext.Provider value={selection}>
            <SceneZoomContext.Provider value={sceneZoom}>
              <div
                ref={workspaceRef}
                className={minimal ? 'workspace' : 'workspace has-sheet'}
                data-sheet={sheet ?? 'none'}
              >
                <div
                  className="player-bar"
                  aria-label={t.player}
                  role="region"
                  aria-busy={!started}
                >
                  {sheet !== 'why' && <NarrationTicker />}
                  {!minimal && (
                    <SheetTabs
                      open={sheet}
                      onToggle={toggle}
                      ids={ids}
                      extraLabel={childrenTab ?? null}
                      hasTcb={tcb !== undefined}
                    />
                  )}
                  <PlayerControls />
                  <Scrubber />
                  <div className="player-meta">
                    <PlayerStatus />
                    <SpeedControl />
                  </div>
                </div>
                {panels !== undefined && (
                  <div id={ids.why} className={`${sheetClass('why')} sheet-why`}>
                    <panels.Narration description={description} />
                  </div>
                )}
                <LadderPanel />
                {panels !== undefined && (
                  <panels.Inspector
                    id={ids.segment}
                    floating={!docked}
                    segmentOf={segmentOf}
                    {...(docked ? { className: sheetClass('segment') } : {})}
                  />
                )}
                {panels !== undefined && (
                  <aside id={ids.states} className={`side ${sheetClass('states')}`}>
                    <panels.StateDiagram />
                    {!docked && <p className="hint inspector-hint">{t.inspectorHint}</p>}
                    <p className="keyboard-help">{t.keyboardHelp}</p>
                  </aside>
                )}
                {!minimal && tcb !== undefined && (
                  <div id={ids.tcb} className={`${sheetClass('tcb')} sheet-tcb`}>
                    {sheet === 'tcb' && tcb}
                  </div>
                )}
                {childrenTab === undefined ? (
                  children
                ) : (
                  <div id={ids.extra} className={`${sheetClass('extra')} sheet-extra`}>
                    {children}
                  </div>
                )}
              </div>
            </SceneZoomContext.Provider>
          </SelectionContext.Provider>
        </DisplayTimeContext.Provider>
      </PlayerContext.Provider>
    </RunContext.Provider>
  );
}
