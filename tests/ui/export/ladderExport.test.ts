/** An exported picture leaves the app, so it says which numbers it shows. */
import { enAll as en, koAll as ko } from '../../helpers/catalogues.ts';
import { buildRunModel } from '../../../src/layout/index.ts';
import { getScenario } from '../../../src/scenarios/index.ts';
import { simulate } from '../../../src/sim/index.ts';
import { PALETTES } from '../../../src/themes/index.ts';
import { ladderDocument } from '../../../src/ui/export/ladderExport.ts';

const scenario = getScenario('basic-handshake');

describe('the exported ladder', () => {
  it('says in the picture whether its numbers are relative or absolute', () => {
    expect(scenario).toBeDefined();
    if (scenario === undefined) return;
    const run = buildRunModel(simulate(scenario));
    const relative = ladderDocument(run, en, 'relative', 'T', PALETTES.light).svg;
    const absolute = ladderDocument(run, en, 'absolute', 'T', PALETTES.light).svg;
    expect(relative).toMatch(
      /<text[^>]*>Sequence numbers are relative to each side’s ISN\.<\/text>/,
    );
    expect(absolute).toMatch(/<text[^>]*>Sequence numbers are absolute, as on the wire\.<\/text>/);
    expect(ladderDocument(run, ko, 'relative', 'T', PALETTES.light).svg).toContain(
      ko.shareDialogs.numbersNote.relative,
    );
  });
});
