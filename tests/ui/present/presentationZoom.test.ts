import { screenZoom, stepZoomFactor } from '../../../src/ui/present/presentationZoom.ts';

describe('presentation zoom', () => {
  it('scales with the screen against 960 x 540, the smaller ratio deciding, never below 1', () => {
    expect(screenZoom(1920, 1080)).toBe(2);
    expect(screenZoom(1280, 720)).toBeCloseTo(4 / 3, 5);
    // A wide, short window: the height decides.
    expect(screenZoom(2560, 1080)).toBe(2);
    expect(screenZoom(800, 600)).toBe(1);
  });

  it('steps the instructor factor in and out, within bounds', () => {
    expect(stepZoomFactor(1, 1)).toBe(1.15);
    expect(stepZoomFactor(1, -1)).toBeCloseTo(0.87, 2);
    let f = 1;
    for (let i = 0; i < 20; i++) f = stepZoomFactor(f, 1);
    expect(f).toBe(2.5);
    for (let i = 0; i < 40; i++) f = stepZoomFactor(f, -1);
    expect(f).toBe(0.5);
  });
});
