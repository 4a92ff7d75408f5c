/** What the stage says about its own layout: the phone's sheet, the inspector's popover. */
export interface StageMessages {
  /** The group of buttons that open a panel over the player on a phone. */
  sheetTabs: string;
  /** The button that opens the whole narration (headline, arithmetic, why). */
  sheetWhy: string;
  /** The button that opens the state diagram. */
  sheetStates: string;
  /** The button that opens the segment inspector. */
  sheetSegment: string;
  /** The button that opens each side's TCB (on a phone, a tab of the sheet). */
  sheetTcb: string;
  /** The panel the sheet shows, as an accessible name. */
  sheetPanel: string;
  /** The scene's magnification in presentation mode, as a percentage. */
  zoomLevel: (percent: number) => string;
  /** Shown while a long run (thousands of segments) is prepared for drawing, a slice at a time. */
  preparingRun: string;
}
