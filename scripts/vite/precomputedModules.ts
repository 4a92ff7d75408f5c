/** The modules the build evaluates and ships as data (see precomputed.ts). */
import * as builtInData from '../../src/scenarios/built-in-data.ts';
import * as endpointEdges from '../../src/layout/endpoint-edges.ts';
import { DEFAULT_SCENARIO_NAME } from '../../src/scenarios/index.ts';
import type { Preload, PrecomputedModules } from './precomputed.ts';

export const PRECOMPUTED: PrecomputedModules = {
  'src/scenarios/built-in-data.ts': builtInData,
  'src/layout/endpoint-edges.ts': endpointEdges,
};

/**
 * What each page fetches with its scripts: the app, the trace it opens with unless its address
 * names another (the embed page's address nearly always names its scenario); both, the
 * scenarios' titles in English (a Korean reader's come with the Korean messages, fetched anyway).
 */
export const PRELOAD: readonly Preload[] = [
  { page: '/index.html', record: 'builtInTraces', key: DEFAULT_SCENARIO_NAME },
  { page: '/index.html', record: 'builtInTexts', key: 'en' },
  { page: '/embed.html', record: 'builtInTexts', key: 'en' },
];
