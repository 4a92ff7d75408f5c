/**
 * The marks a label must not cover, filed by height: a label is checked only against the marks
 * whose boxes reach its rows, so placing the labels of a long run (thousands of arrows) costs
 * about as much per label as in a short one. It answers exactly what a scan of every mark would.
 */
import type { Box } from './geometry.ts';

/** Height of one row of the index, in px: a few label heights. */
const ROW_PX = 64;

export class ObstacleIndex<T extends { box: Box }> {
  private readonly rows = new Map<number, T[]>();

  constructor(items: Iterable<T> = []) {
    for (const item of items) this.add(item);
  }

  add(item: T): void {
    for (let row = rowOf(item.box.y0); row <= rowOf(item.box.y1); row++) {
      const list = this.rows.get(row);
      if (list === undefined) this.rows.set(row, [item]);
      else list.push(item);
    }
  }

  /** Whether a mark whose box reaches the rows of `box` passes `test`. */
  some(box: Box, test: (item: T) => boolean): boolean {
    for (let row = rowOf(box.y0); row <= rowOf(box.y1); row++) {
      const list = this.rows.get(row);
      if (list !== undefined && list.some(test)) return true;
    }
    return false;
  }
}

function rowOf(y: number): number {
  return Math.floor(y / ROW_PX);
}
