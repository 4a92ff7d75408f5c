/**
 * Where a popover goes beside the box it belongs to: to its right, else its left, else below,
 * else above, and always inside the viewport (a margin from every edge).
 */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 10;

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

/** The popover's top-left corner, in viewport pixels. */
export function placePopover(
  anchor: Rect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  margin = 8,
): { left: number; top: number } {
  const maxLeft = Math.max(margin, viewport.width - margin - size.width);
  const maxTop = Math.max(margin, viewport.height - margin - size.height);
  const midY = clamp(anchor.top + anchor.height / 2 - size.height / 2, margin, maxTop);
  const midX = clamp(anchor.left + anchor.width / 2 - size.width / 2, margin, maxLeft);
  const right = anchor.left + anchor.width + GAP;
  const left = anchor.left - GAP - size.width;
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - size.height;
  let place = { left: midX, top: clamp(below, margin, maxTop) };
  if (right >= margin && right + size.width <= viewport.width - margin)
    place = { left: right, top: midY };
  else if (left >= margin && left + size.width <= viewport.width - margin)
    place = { left, top: midY };
  else if (below >= margin && below + size.height <= viewport.height - margin)
    place = { left: midX, top: below };
  else if (above >= margin && above + size.height <= viewport.height - margin)
    place = { left: midX, top: above };
  // A viewport smaller than the popover still shows its top-left corner.
  return { left: clamp(place.left, margin, maxLeft), top: clamp(place.top, margin, maxTop) };
}
