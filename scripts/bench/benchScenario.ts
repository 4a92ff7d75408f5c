/**
 * The trace the frame-rate bench animates: the built-in 64 KB transfer, stretched to about 200
 * segments, run through the real simulator.
 */
import { parseScenario } from '../../src/scenarios/index.ts';
import { simulate, type Trace } from '../../src/sim/index.ts';

/** Bytes that make the transfer come out at about 200 segments (data, ACKs, handshake, close). */
const BYTES = 141_000;

export const BENCH_SCENARIO_NAME = 'bench-200-segments';

export function benchTrace(): Trace {
  const result = parseScenario({
    name: BENCH_SCENARIO_NAME,
    title: {
      en: 'Frame-rate bench: about 200 segments',
      ko: '프레임 속도 벤치: 세그먼트 약 200개',
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
