/**
 * The scenarios the benches run: a 1 MB transfer for the simulator's speed, and the trace the
 * frame-rate bench animates (a transfer of about 1,000 segments).
 */
import { parseScenario } from '../../src/scenarios/index.ts';
import { simulate, type Scenario, type Trace } from '../../src/sim/index.ts';

/** 1 MB from client to server into a 1 MB window: about 1,450 segments, 3,600 trace events. */
export function oneMegabyte(): Scenario {
  const result = parseScenario({
    name: 'bench-1mb',
    client: { isn: 1000 },
    server: { isn: 5000, window: 1 << 20 },
    oneWayDelayMs: 20,
    events: [
      { t: 0, endpoint: 'server', call: 'listen' },
      { t: 1, endpoint: 'client', call: 'connect' },
      { t: 100, endpoint: 'client', call: 'send', bytes: 1 << 20 },
      { t: 60_000, endpoint: 'client', call: 'close' },
      { t: 60_100, endpoint: 'server', call: 'close' },
    ],
  });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

/** Bytes that make the transfer come out at about 1,000 segments (data, ACKs, handshake, close). */
const BYTES = 726_000;

export const BENCH_SCENARIO_NAME = 'bench-1000-segments';

export function benchTrace(): Trace {
  const result = parseScenario({
    name: BENCH_SCENARIO_NAME,
    title: {
      en: 'Frame-rate bench: about 1,000 segments',
      ko: '프레임 속도 벤치: 세그먼트 약 1,000개',
    },
    description: {
      en: 'A long transfer, to measure animation with a full diagram.',
      ko: '긴 전송으로, 다이어그램이 가득 찼을 때의 애니메이션을 잽니다.',
    },
    seed: 2024,
    oneWayDelayMs: 50,
    events: [
      { t: 0, endpoint: 'server', call: 'listen' },
      { t: 10, endpoint: 'client', call: 'connect' },
      { t: 200, endpoint: 'client', call: 'send', bytes: BYTES },
      { t: 5000, endpoint: 'client', call: 'close' },
      { t: 5100, endpoint: 'server', call: 'close' },
    ],
  });
  if (!result.ok) throw new Error(`bench scenario is invalid: ${result.errors.join('; ')}`);
  return simulate(result.scenario);
}
