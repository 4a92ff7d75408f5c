import { presentationAction } from '../../../src/ui/present/presentationKeys.ts';

describe('presentation keys', () => {
  it('maps B and . to blank, F to fullscreen, ? to the sheet, arrows up and down to steps', () => {
    expect(['b', 'B', '.'].map(presentationAction)).toEqual(['blank', 'blank', 'blank']);
    expect(['f', 'F'].map(presentationAction)).toEqual(['fullscreen', 'fullscreen']);
    expect(presentationAction('?')).toBe('shortcuts');
    expect(presentationAction('Escape')).toBe('escape');
    expect(presentationAction('ArrowDown')).toBe('stepForward');
    expect(presentationAction('ArrowUp')).toBe('stepBack');
    expect(['z', 'Z', 'x', 'X', '0'].map(presentationAction)).toEqual([
      'zoomIn',
      'zoomIn',
      'zoomOut',
      'zoomOut',
      'zoomFit',
    ]);
    // The player's own keys stay the player's.
    for (const key of [' ', 'PageDown', 'PageUp', 'ArrowLeft', 'ArrowRight', 'Home', '+', 'q']) {
      expect(presentationAction(key)).toBeNull();
    }
  });
});
