/** The modules the build evaluates and ships as data (see precomputed.ts). */
import * as builtInData from '../../src/scenarios/built-in-data.ts';
import * as builtInTcb from '../../src/scenarios/built-in-tcb.ts';
import * as endpointEdges from '../../src/layout/endpoint-edges.ts';
import { DEFAULT_SCENARIO_NAME } from '../../src/scenarios/index.ts';
import type { Preload, PrecomputedModules } from './precomputed.ts';

export const PRECOMPUTED: PrecomputedModules = {
  'src/scenarios/built-in-data.ts': builtInData,
  'src/scenarios/built-in-tcb.ts': builtInTcb,
  'src/layout/endpoint-edges.ts': endpointEdges,
};

/**
 * The trace the app opens with unless its address names another. (The embed page is not
 * given one: its address nearly always names its scenario.)
 */
export const PRELOAD: Preload = {
  page: '/index.html',
  record: 'builtInTraces',
  key: DEFAULT_SCENARIO_NAME,
};
