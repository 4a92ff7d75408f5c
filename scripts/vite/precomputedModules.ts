/** The modules the build evaluates and ships as data (see precomputed.ts). */
import * as builtInData from '../../src/scenarios/built-in-data.ts';
import * as endpointEdges from '../../src/layout/endpoint-edges.ts';
import type { PrecomputedModules } from './precomputed.ts';

export const PRECOMPUTED: PrecomputedModules = {
  'src/scenarios/built-in-data.ts': builtInData,
  'src/layout/endpoint-edges.ts': endpointEdges,
};
