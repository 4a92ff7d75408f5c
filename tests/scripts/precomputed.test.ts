import { describe, expect, it } from 'vitest';
import { dataModule, dataScript, precomputedSource } from '../../scripts/vite/precomputed.ts';
import { PRECOMPUTED } from '../../scripts/vite/precomputedModules.ts';
import { builtInScenarios, DEFAULT_SCENARIO_NAME } from '../../src/scenarios/index.ts';
import { machineEdges } from '../../src/layout/index.ts';
import {
  COOKIE_TRANSITION,
  Simulation,
  simulate,
  tcpEndpointMachine,
} from '../../src/sim/index.ts';

/** The value a `JSON.parse("...")` expression in generated code yields. */
function parsed(code: string, pattern: RegExp): unknown {
  const literal = pattern.exec(code)?.[1];
  if (literal === undefined) throw new Error(`no ${String(pattern)} in ${code.slice(0, 200)}`);
  return JSON.parse(JSON.parse(literal) as string);
}

async function shipped(path: string) {
  const values = PRECOMPUTED[path];
  if (values === undefined) throw new Error(`${path} is not precomputed`);
  const chunks = new Map<string, unknown>();
  const source = await precomputedSource(path, values, chunks);
  return { source, chunks };
}

describe('modules evaluated at build time', () => {
  it('ships every built-in trace equal to a fresh simulator run, one data chunk each', async () => {
    const { source, chunks } = await shipped('src/scenarios/built-in-data.ts');
    expect(chunks.size).toBe(builtInScenarios.length + 2);
    for (const scenario of builtInScenarios) {
      const id = `virtual:precomputed/builtInTraces/${scenario.name}`;
      expect(source).toContain(`import(${JSON.stringify(id)})`);
      const chunk = dataModule(chunks.get(id));
      expect(parsed(chunk, /^export default JSON\.parse\((".*")\);\n$/s)).toStrictEqual(
        simulate(scenario),
      );
    }
  });

  it("ships the custom element's traces as data scripts, each equal to a fresh run", async () => {
    const values = PRECOMPUTED['src/scenarios/built-in-data.ts'] ?? {};
    const files = new Map<string, unknown>();
    const source = await precomputedSource(
      'src/scenarios/built-in-data.ts',
      values,
      files,
      'scripts',
    );
    expect(source).toContain('function loadDataScript(file)');
    for (const scenario of builtInScenarios) {
      const file = [...files.keys()].find((f) => f.startsWith(`data/${scenario.name}-`));
      if (file === undefined) throw new Error(`no data script for ${scenario.name}`);
      expect(source).toContain(`loadDataScript(${JSON.stringify(file)})`);
      const script = dataScript(files.get(file));
      expect(
        parsed(
          script,
          /^document\.currentScript\.dispatchEvent\(new CustomEvent\("handshake-lab:data",\{detail:JSON\.parse\((".*")\)\}\)\);\n$/s,
        ),
      ).toStrictEqual(simulate(scenario));
    }
  });

  it('ships every built-in TCB table equal to a fresh run, one data chunk each, apart from the traces', async () => {
    const { source, chunks } = await shipped('src/scenarios/built-in-tcb.ts');
    expect(chunks.size).toBe(builtInScenarios.length);
    for (const scenario of builtInScenarios) {
      const id = `virtual:precomputed/builtInTcbTables/${scenario.name}`;
      expect(source).toContain(`import(${JSON.stringify(id)})`);
      const run = new Simulation(scenario);
      run.run();
      const chunk = dataModule(chunks.get(id));
      expect(parsed(chunk, /^export default JSON\.parse\((".*")\);\n$/s)).toStrictEqual(
        run.tcbTable(),
      );
    }
  });

  it('ships the picker list in the library order, its texts a data chunk per language, and the default scenario', async () => {
    const { source, chunks } = await shipped('src/scenarios/built-in-data.ts');
    expect(parsed(source, /export const builtInNames = JSON\.parse\((".*?")\);\n/)).toStrictEqual(
      builtInScenarios.map((s) => s.name),
    );
    for (const lang of ['en', 'ko'] as const) {
      expect(source).toContain(`import("virtual:precomputed/builtInTexts/${lang}")`);
      const texts = chunks.get(`virtual:precomputed/builtInTexts/${lang}`);
      expect(texts).toStrictEqual(
        Object.fromEntries(
          builtInScenarios.map((s) => [
            s.name,
            { title: s.title[lang], description: s.description[lang] },
          ]),
        ),
      );
    }
    // The English chunk holds no Korean, so an English reader never loads it.
    expect(JSON.stringify(chunks.get('virtual:precomputed/builtInTexts/en'))).not.toMatch(
      /[\uac00-\ud7a3]/,
    );
    expect(parsed(source, /export const builtInDefaultName = JSON\.parse\((".*?")\);/)).toBe(
      DEFAULT_SCENARIO_NAME,
    );
  });

  it("ships the state diagram's edges as the endpoint machine has them", async () => {
    const { source, chunks } = await shipped('src/layout/endpoint-edges.ts');
    expect(chunks.size).toBe(0);
    const edges = parsed(source, /export const ENDPOINT_EDGES = JSON\.parse\((".*?")\);/);
    // RFC 9293's machine: the Linux profile's transition and reasons stay out of the first view.
    const linux = (r: string) => r.startsWith('linux-');
    expect(edges).toStrictEqual(
      machineEdges(tcpEndpointMachine, [COOKIE_TRANSITION])
        .filter((e) => !e.reasons.every(linux))
        .map((e) => ({ ...e, reasons: e.reasons.filter((r) => !linux(r)) })),
    );
    expect(source).not.toContain('linux');
    expect(edges).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'CLOSING' })]));
  });

  it('refuses a value with no JSON form', () => {
    expect(() => dataModule(undefined)).toThrow(/no JSON form/);
  });
});
