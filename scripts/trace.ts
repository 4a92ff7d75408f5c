/**
 * `npm run --silent trace -- FILE.json` prints a scenario's trace as JSON on stdout. On bad input
 * it prints one clear line on stderr and exits non-zero.
 */
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../src/scenarios/index.ts';
import { simulate } from '../src/sim/index.ts';

function fail(message: string): never {
  process.stderr.write(`trace: ${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (file === undefined) fail('usage: npm run --silent trace -- FILE.json');

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
}
const result = parseScenarioText(text);
if (!result.ok) fail(`${file}: ${result.errors.join('; ')}`);
process.stdout.write(`${JSON.stringify(simulate(result.scenario), null, 2)}\n`);
