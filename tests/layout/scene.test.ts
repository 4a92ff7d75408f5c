import { buildCheckpoints, buildTimeline, timerSpans } from '../../src/layout/index.ts';
import { handshakeDataClose, lostSyn } from '../helpers/traces.ts';

describe('checkpoints', () => {
  const tl = buildTimeline(handshakeDataClose());
  const cps = buildCheckpoints(tl);

  it('has one checkpoint per cursor, starting from the initial states', () => {
    expect(cps).toHaveLength(tl.steps.length + 1);
    expect(cps[0]?.client.state).toBe('CLOSED');
    expect(cps[0]?.server.state).toBe('LISTEN');
    expect(cps.at(-1)?.client.state).toBe('CLOSED');
    expect(cps.at(-1)?.server.state).toBe('CLOSED');
  });

  it('follows each state change as the core reported it', () => {
    const seen = cps.map((c) => `${c.client.state}/${c.server.state}`);
    const distinct = seen.filter((s, i) => i === 0 || s !== seen[i - 1]);
    expect(distinct).toEqual([
      'CLOSED/LISTEN',
      'SYN-SENT/LISTEN',
      'SYN-SENT/SYN-RECEIVED',
      'ESTABLISHED/SYN-RECEIVED',
      'ESTABLISHED/ESTABLISHED',
      'FIN-WAIT-1/ESTABLISHED',
      'FIN-WAIT-1/CLOSE-WAIT',
      'FIN-WAIT-2/CLOSE-WAIT',
      'FIN-WAIT-2/LAST-ACK',
      'TIME-WAIT/LAST-ACK',
      'TIME-WAIT/CLOSED',
      'CLOSED/CLOSED',
    ]);
  });

  it('records the transition just taken', () => {
    const c = tl.steps.findIndex((s) => s.event.type === 'state' && s.event.to === 'TIME-WAIT') + 1;
    expect(cps[c]?.latestTransition?.event.from).toBe('FIN-WAIT-2');
    expect(cps[c]?.client.lastTransition?.step).toBe(c);
    expect(cps[c]?.server.lastTransition?.event.to).toBe('LAST-ACK');
  });

  it('runs timers from their start to their stop or expiry', () => {
    const afterSyn = tl.steps.findIndex((s) => s.event.type === 'send') + 1;
    expect(cps[afterSyn]?.client.timers).toEqual([
      { endpoint: 'client', timer: 'retransmit', startedAt: 0, expiresAt: 1000, durationMs: 1000 },
    ]);
    const tw =
      tl.steps.findIndex((s) => s.event.type === 'state' && s.event.to === 'TIME-WAIT') + 1;
    expect(cps[tw]?.client.timers.map((t) => t.timer)).toEqual(['time-wait']);
    expect(cps.at(-1)?.client.timers).toEqual([]);
  });

  it('gives spans for every timer', () => {
    const spans = timerSpans(buildTimeline(lostSyn()));
    expect(spans.map((s) => `${s.endpoint}:${s.timer}:${s.end}`)).toEqual([
      'client:retransmit:expire',
      'client:retransmit:stop',
    ]);
  });
});
