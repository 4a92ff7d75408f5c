/**
 * The panels a full view shows around the diagram: the narration, the segment inspector and the
 * state diagram. A view passes them to the stage; an embed passes none and shows only the
 * diagram and the player, so its first load never carries them.
 */
import { InspectorPanel } from '../inspector/index.ts';
import { NarrationPanel } from '../narration/index.ts';
import { StateDiagramPanel } from '../statediagram/index.ts';

export interface StagePanels {
  Narration: typeof NarrationPanel;
  Inspector: typeof InspectorPanel;
  StateDiagram: typeof StateDiagramPanel;
}

/** Every panel, as the app's views show them. */
export const FULL_PANELS: StagePanels = {
  Narration: NarrationPanel,
  Inspector: InspectorPanel,
  StateDiagram: StateDiagramPanel,
};
