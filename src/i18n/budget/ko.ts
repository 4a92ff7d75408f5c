import type { BudgetCause, BudgetResource } from '../../sim/index.ts';
import { formatDuration } from '../duration.ts';
import type { BudgetMessages } from './messages.ts';

const n = (value: number): string => value.toLocaleString('en-US');
const seconds = (ms: number): string => formatDuration('ko', ms);
/** A moment of the run, as the player's clock reads it (t = 12.5초). */
const clock = (ms: number): string => `${n(Math.round(ms / 100) / 10)}초`;
const side = (endpoint: 'client' | 'server'): string =>
  endpoint === 'client' ? '클라이언트' : '서버';

const RESOURCE: Record<BudgetResource, (limit: number) => string> = {
  segments: (limit) => `세그먼트 ${n(limit)}개를 넘었습니다`,
  events: (limit) => `트레이스 이벤트 ${n(limit)}개를 넘었습니다`,
  simulatedMs: (limit) => `시뮬레이션 시간 한도(${seconds(limit)})를 넘었습니다`,
  burst: (limit) => `한 번에 세그먼트 ${n(limit)}개보다 많이 보내려 했습니다`,
};

function cause(c: BudgetCause): string {
  switch (c.code) {
    case 'small-window':
      return c.window === 1
        ? `${side(c.endpoint)}의 수신 윈도가 1바이트라서 바이트 하나하나가 세그먼트가 됩니다(${n(c.bytes)}바이트, 세그먼트 ${n(c.segments)}개)`
        : `${side(c.endpoint)}의 수신 윈도 ${n(c.window)}바이트가 ${n(c.bytes)}바이트를 세그먼트 ${n(c.segments)}개로 나눕니다`;
    case 'small-mss':
      return `MSS ${n(c.mss)}바이트가 ${n(c.bytes)}바이트를 세그먼트 ${n(c.segments)}개로 나눕니다`;
    case 'large-window':
      return `${side(c.endpoint)}의 윈도 ${n(c.window)}바이트 때문에 ${n(c.segmentSize)}바이트 세그먼트 ${n(c.inFlight)}개가 한꺼번에 날아갑니다`;
    case 'large-send':
      return `${n(c.bytes)}바이트를 보내려면 최대 ${n(c.segmentSize)}바이트 세그먼트가 ${n(c.segments)}개 필요합니다`;
    case 'many-events':
      return `호출 ${n(c.events)}개와 장애 ${n(c.faults)}개가 있고, 세그먼트마다 최대 ${n(c.maxRetransmissions)}번 재전송됩니다`;
    case 'long-times':
      return `호출이 ${seconds(c.lastCallMs)}까지 있고, 단방향 지연 ${seconds(c.delayMs)}, MSL ${seconds(c.mslMs)}, RTO 최대 ${seconds(c.rtoMaxMs)}입니다`;
  }
}

export const budgetKo: BudgetMessages = {
  exceeded: (e) =>
    `실행이 t = ${clock(e.t)}에서 ${RESOURCE[e.resource](e.limit)}: ${cause(e.cause)}`,
  cause,
};
