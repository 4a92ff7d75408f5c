/**
 * Small plane-geometry helpers for label placement: oriented rectangles and their overlaps with
 * each other and with line segments (separating-axis tests).
 */

/** A point in SVG user space (y grows downward). */
export interface Point {
  x: number;
  y: number;
}

/** A rectangle rotated about its centre: half-extents along its own axes u and n. */
export interface OrientedRect {
  center: Point;
  /** Unit vector along the rectangle's length. */
  u: Point;
  halfU: number;
  halfN: number;
}

/** An axis-aligned box. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function normalOf(u: Point): Point {
  return { x: -u.y, y: u.x };
}

/** The four corners of an oriented rectangle. */
export function corners(r: OrientedRect): Point[] {
  const n = normalOf(r.u);
  const out: Point[] = [];
  for (const su of [-1, 1]) {
    for (const sn of [-1, 1]) {
      out.push({
        x: r.center.x + su * r.halfU * r.u.x + sn * r.halfN * n.x,
        y: r.center.y + su * r.halfU * r.u.y + sn * r.halfN * n.y,
      });
    }
  }
  return out;
}

/** Axis-aligned bounding box of an oriented rectangle. */
export function boundsOf(r: OrientedRect): Box {
  const cs = corners(r);
  return {
    x0: Math.min(...cs.map((c) => c.x)),
    y0: Math.min(...cs.map((c) => c.y)),
    x1: Math.max(...cs.map((c) => c.x)),
    y1: Math.max(...cs.map((c) => c.y)),
  };
}

/** Whether two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function project(points: readonly Point[], axis: Point): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    const v = p.x * axis.x + p.y * axis.y;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return [lo, hi];
}

function separated(a: readonly Point[], b: readonly Point[], axes: readonly Point[]): boolean {
  for (const axis of axes) {
    const [aLo, aHi] = project(a, axis);
    const [bLo, bHi] = project(b, axis);
    if (aHi <= bLo || bHi <= aLo) return true;
  }
  return false;
}

/** Whether two oriented rectangles overlap. */
export function rectsOverlap(a: OrientedRect, b: OrientedRect): boolean {
  const axes = [a.u, normalOf(a.u), b.u, normalOf(b.u)];
  return !separated(corners(a), corners(b), axes);
}

/** Whether the segment p–q passes through an oriented rectangle. */
export function segmentHitsRect(p: Point, q: Point, r: OrientedRect): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const len = Math.hypot(dx, dy);
  const segAxes: Point[] = len > 0 ? [{ x: -dy / len, y: dx / len }] : [];
  const axes = [r.u, normalOf(r.u), ...segAxes];
  return !separated([p, q], corners(r), axes);
}

/** An axis-aligned box as an oriented rectangle. */
export function boxToRect(b: Box): OrientedRect {
  return {
    center: { x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 },
    u: { x: 1, y: 0 },
    halfU: (b.x1 - b.x0) / 2,
    halfN: (b.y1 - b.y0) / 2,
  };
}
