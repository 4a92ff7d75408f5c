import { recallScenarioPlace, rememberScenarioPlace } from '../../../src/ui/shell/scenarioPlace.ts';

const KEY = 'handshake-lab.scenarios-place';

beforeEach(() => {
  sessionStorage.clear();
});

test('brings back the place it remembered, for this tab', () => {
  expect(recallScenarioPlace()).toBeNull();
  rememberScenarioPlace({ scenario: 'lost-syn', step: 6 });
  expect(recallScenarioPlace()).toEqual({ scenario: 'lost-syn', step: 6 });
  expect(localStorage.getItem(KEY)).toBeNull();
});

test.each([
  ['not JSON', '{"scenario":'],
  ['not an object', '"lost-syn"'],
  ['no step', '{"scenario":"lost-syn"}'],
  ['a step that is text', '{"scenario":"lost-syn","step":"6"}'],
  ['a negative step', '{"scenario":"lost-syn","step":-1}'],
  ['a fractional step', '{"scenario":"lost-syn","step":1.5}'],
  ['a scenario that is a number', '{"scenario":3,"step":1}'],
])('ignores what it did not write: %s', (_, text) => {
  sessionStorage.setItem(KEY, text);
  expect(recallScenarioPlace()).toBeNull();
});
