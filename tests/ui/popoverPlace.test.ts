import { placePopover } from '../../src/ui/inspector/popoverPlace.ts';

const viewport = { width: 1280, height: 800 };
const size = { width: 300, height: 200 };

function inside(p: { left: number; top: number }, vp = viewport, s = size): boolean {
  return (
    p.left >= 8 &&
    p.top >= 8 &&
    p.left + s.width <= vp.width - 8 &&
    p.top + s.height <= vp.height - 8
  );
}

describe('popover placement', () => {
  it('goes to the right of its anchor, centred on it, when there is room', () => {
    const p = placePopover({ left: 100, top: 300, width: 80, height: 20 }, size, viewport);
    expect(p).toEqual({ left: 190, top: 210 });
  });

  it('goes to the left when the right has no room', () => {
    const p = placePopover({ left: 1000, top: 300, width: 80, height: 20 }, size, viewport);
    expect(p.left).toBe(1000 - 10 - 300);
    expect(inside(p)).toBe(true);
  });

  it('goes below, then above, an anchor as wide as the screen', () => {
    const below = placePopover({ left: 0, top: 100, width: 1280, height: 20 }, size, viewport);
    expect(below).toEqual({ left: 490, top: 130 });
    const above = placePopover({ left: 0, top: 700, width: 1280, height: 20 }, size, viewport);
    expect(above).toEqual({ left: 490, top: 490 });
  });

  it('stays inside a phone-sized viewport wherever the anchor is, even off screen', () => {
    const phone = { width: 360, height: 740 };
    const box = { width: 344, height: 400 };
    for (const anchor of [
      { left: 0, top: 0, width: 360, height: 740 },
      { left: -50, top: 900, width: 40, height: 10 },
      { left: 300, top: -100, width: 40, height: 10 },
    ]) {
      expect(inside(placePopover(anchor, box, phone), phone, box)).toBe(true);
    }
  });
});
