/**
 * On a phone, the buttons in the player bar that open one panel at a time between the diagram
 * and the player (the whole narration, the state diagram, the segment, and the view's own
 * controls when it has them); pressing the open one closes it. Hidden on wider screens, where
 * every panel is on screen, but for the TCB's, which there takes the state diagram's column.
 */
import { useMessages } from '../run/index.ts';

export type SheetPanel = 'why' | 'states' | 'segment' | 'tcb' | 'extra';

export interface SheetTabsProps {
  open: SheetPanel | null;
  onToggle: (panel: SheetPanel) => void;
  /** The id of each panel's box, for aria-controls. */
  ids: Record<SheetPanel, string>;
  /** The label of the view's own panel, if it has one. */
  extraLabel: string | null;
  /** The run offers each side's TCB (its tab shows on wide screens too). */
  hasTcb: boolean;
}

export function SheetTabs({ open, onToggle, ids, extraLabel, hasTcb }: SheetTabsProps) {
  const t = useMessages();
  const tabs: { panel: SheetPanel; label: string }[] = [
    { panel: 'why', label: t.stage.sheetWhy },
    { panel: 'states', label: t.stage.sheetStates },
    { panel: 'segment', label: t.stage.sheetSegment },
  ];
  if (hasTcb) tabs.push({ panel: 'tcb', label: t.stage.sheetTcb });
  if (extraLabel !== null) tabs.push({ panel: 'extra', label: extraLabel });
  return (
    <div className="sheet-tabs" role="group" aria-label={t.stage.sheetTabs}>
      {tabs.map(({ panel, label }) => (
        <button
          key={panel}
          type="button"
          className={panel === 'tcb' ? 'sheet-tab sheet-tab-tcb' : 'sheet-tab'}
          data-panel={panel}
          aria-expanded={open === panel}
          aria-controls={ids[panel]}
          onClick={() => {
            onToggle(panel);
          }}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
