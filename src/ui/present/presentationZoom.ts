/**
 * The scene's magnification in presentation mode: the screen's size against a 960 x 540 design
 * (so 1920 x 1080 draws everything twice as large, 1280 x 720 a third larger), times the
 * instructor's own zoom, which the Z and X keys change in steps.
 */

const DESIGN_WIDTH = 960;
const DESIGN_HEIGHT = 540;
const STEP = 1.15;
const MIN_FACTOR = 0.5;
const MAX_FACTOR = 2.5;

/** The magnification that fits the scene to a screen of this size (never below 1). */
export function screenZoom(width: number, height: number): number {
  return Math.max(1, Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT));
}

/** The instructor's factor one step in (`direction` 1) or out (-1), within bounds. */
export function stepZoomFactor(factor: number, direction: 1 | -1): number {
  const next = direction === 1 ? factor * STEP : factor / STEP;
  return Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, Math.round(next * 1000) / 1000));
}
