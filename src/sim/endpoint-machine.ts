/**
 * One TCP endpoint as an XState v5 machine. Its states are the eleven of RFC 9293 §3.3.2; its
 * transitions follow the event processing of §3.10. Guards are the RFC's tests, in the RFC's
 * order; actions (src/sim/endpoint.actions.ts) do the RFC's work and emit segments, timer
 * commands, notices and, on entering a state, the reason for the transition.
 *
 * Timers are not XState `after` delays: the simulator owns the one virtual clock, so the machine
 * asks for timers through emitted `out.timer` commands and receives `timer.*` events back. That
 * keeps every timer visible in the trace and lets network events and timers share one queue.
 */
import { and, enqueueActions, setup } from 'xstate';
import { Effects } from './effects.ts';
import type { EndpointEvent, EndpointOutput } from './endpoint-events.ts';
import { endpointEffects, type EffectName } from './endpoint.actions.ts';
import { endpointGuards } from './endpoint.guards.ts';
import { why } from './reasons.ts';
import { initialTcb, type EndpointConfig, type Tcb } from './tcb.ts';
import type { TcpStateName } from './tcp-state.ts';
import { announce, retransmitOrGiveUp, run, synchronizedPrelude } from './endpoint-transitions.ts';

/** How a transition is drawn in the state diagram. */
export interface TransitionMeta {
  /** main: the RFC 9293 Figure 5 edges; reset, abort, timeout: the exceptional ones. */
  edge: 'main' | 'reset' | 'abort' | 'timeout';
}

const main = { edge: 'main' } as const;
const reset = { edge: 'reset' } as const;
const abort = { edge: 'abort' } as const;
const timeout = { edge: 'timeout' } as const;

export const tcpEndpointMachine = setup({
  types: {
    context: {} as Tcb,
    events: {} as EndpointEvent,
    input: {} as EndpointConfig,
    emitted: {} as EndpointOutput,
    meta: {} as TransitionMeta,
  },
  actions: {
    run: enqueueActions(({ context, event, enqueue }, params: { effect: EffectName }) => {
      const fx = new Effects(context, event.t);
      endpointEffects[params.effect](fx, event);
      enqueue.assign(() => fx.tcb);
      for (const o of fx.out) enqueue.emit(o);
      for (const e of fx.raised) enqueue.raise(e);
    }),
    announce: enqueueActions(({ context, enqueue }, params: { state: TcpStateName }) => {
      enqueue.emit({
        type: 'out.state',
        to: params.state,
        why: context.transitionWhy ?? why('discard-other', { state: params.state }),
      });
      enqueue.assign({ transitionWhy: null });
    }),
  },
  guards: endpointGuards,
}).createMachine({
  id: 'tcp-endpoint',
  initial: 'CLOSED',
  context: ({ input }) => initialTcb(input),
  states: {
    CLOSED: {
      entry: announce('CLOSED'),
      on: {
        'app.listen': {
          target: 'LISTEN',
          actions: run('listen'),
          description: 'passive OPEN',
          meta: main,
        },
        'app.connect': {
          target: 'SYN-SENT',
          actions: run('connect'),
          description: 'active OPEN / snd SYN',
          meta: main,
        },
        'segment.arrived': { actions: run('replyResetFromClosed') },
      },
    },
    LISTEN: {
      entry: announce('LISTEN'),
      on: {
        'app.connect': {
          target: 'SYN-SENT',
          actions: run('connectFromListen'),
          description: 'SEND / snd SYN',
          meta: main,
        },
        'app.close': {
          target: 'CLOSED',
          actions: run('closeInListen'),
          description: 'CLOSE',
          meta: main,
        },
        'app.abort': {
          target: 'CLOSED',
          actions: run('abortSilently'),
          description: 'ABORT',
          meta: abort,
        },
        'segment.arrived': [
          { guard: 'isRst', actions: run('discardRstInListen') },
          { guard: 'hasAck', actions: run('resetUnacceptableAck') },
          {
            guard: 'isSyn',
            target: 'SYN-RECEIVED',
            actions: run('acceptSyn'),
            description: 'rcv SYN / snd SYN,ACK',
            meta: main,
          },
          { actions: run('discardOther') },
        ],
      },
    },
    'SYN-SENT': {
      entry: announce('SYN-SENT'),
      on: {
        'app.send': { actions: run('queueSend') },
        'app.close': {
          target: 'CLOSED',
          actions: run('closeInSynSent'),
          description: 'CLOSE',
          meta: main,
        },
        'app.abort': {
          target: 'CLOSED',
          actions: run('abortSilently'),
          description: 'ABORT',
          meta: abort,
        },
        'segment.arrived': [
          { guard: 'isBadAckInSynSent', actions: run('resetUnacceptableAck') },
          { guard: 'isStrayRstInSynSent', actions: run('discardStrayRst') },
          {
            guard: 'isRefusal',
            target: 'CLOSED',
            actions: run('connectionRefused'),
            description: 'rcv RST,ACK',
            meta: reset,
          },
          {
            guard: 'isSynAckOfOurSyn',
            target: 'ESTABLISHED',
            actions: run('completeActiveOpen'),
            description: 'rcv SYN,ACK / snd ACK',
            meta: main,
          },
          {
            guard: 'isBareSyn',
            target: 'SYN-RECEIVED',
            actions: run('simultaneousOpen'),
            description: 'rcv SYN / snd SYN,ACK',
            meta: main,
          },
          { actions: run('discardOther') },
        ],
        'timer.retransmit': [
          {
            guard: 'retriesExhausted',
            target: 'CLOSED',
            actions: run('giveUp'),
            description: 'timeout',
            meta: timeout,
          },
          { actions: run('retransmit') },
        ],
      },
    },
    'SYN-RECEIVED': {
      entry: announce('SYN-RECEIVED'),
      on: {
        'app.send': { actions: run('queueSend') },
        'app.close': [
          { guard: 'hasQueuedData', actions: run('deferClose') },
          {
            target: 'FIN-WAIT-1',
            actions: run('closeInSynReceived'),
            description: 'CLOSE / snd FIN',
            meta: main,
          },
        ],
        'app.abort': {
          target: 'CLOSED',
          actions: run('abortWithReset'),
          description: 'ABORT / snd RST',
          meta: abort,
        },
        'segment.arrived': [
          { guard: 'isDuplicateSyn', actions: run('retransmitSynAck') },
          {
            guard: 'isSimultaneousSynAck',
            target: 'ESTABLISHED',
            actions: run('completePassiveOpen'),
            description: 'rcv SYN,ACK',
            meta: main,
          },
          { guard: 'isUnacceptableRst', actions: run('discardStrayRst') },
          { guard: 'isUnacceptable', actions: run('answerUnacceptable') },
          {
            guard: and(['isExactRst', 'isPassiveOpen']),
            target: 'LISTEN',
            actions: run('returnToListen'),
            description: 'rcv RST',
            meta: reset,
          },
          {
            guard: 'isExactRst',
            target: 'CLOSED',
            actions: run('refuseCrossedOpen'),
            description: 'rcv RST',
            meta: reset,
          },
          { guard: 'isRst', actions: run('challengeRst') },
          {
            guard: and(['isSyn', 'isPassiveOpen']),
            target: 'LISTEN',
            actions: run('synReturnsToListen'),
            description: 'rcv SYN',
            meta: reset,
          },
          { guard: 'isSyn', actions: run('challengeSyn') },
          { guard: 'lacksAck', actions: run('discardNoAck') },
          { guard: 'isUnacceptableAckInSynReceived', actions: run('resetUnacceptableAck') },
          {
            guard: 'acksOurSyn',
            target: 'ESTABLISHED',
            actions: run('completePassiveOpen'),
            description: 'rcv ACK of SYN',
            meta: main,
          },
        ],
        'timer.retransmit': [
          {
            guard: and(['retriesExhausted', 'isPassiveOpen']),
            target: 'LISTEN',
            actions: run('giveUpHalfOpen'),
            description: 'timeout',
            meta: timeout,
          },
          {
            guard: 'retriesExhausted',
            target: 'CLOSED',
            actions: run('giveUp'),
            description: 'timeout',
            meta: timeout,
          },
          { actions: run('retransmit') },
        ],
      },
    },
    ESTABLISHED: {
      entry: announce('ESTABLISHED'),
      on: {
        'app.send': { actions: run('queueSendAndTransmit') },
        'app.close': {
          target: 'FIN-WAIT-1',
          actions: run('closeAndSendFin'),
          description: 'CLOSE / snd FIN',
          meta: main,
        },
        'app.abort': {
          target: 'CLOSED',
          actions: run('abortWithReset'),
          description: 'ABORT / snd RST',
          meta: abort,
        },
        'fin.reached': {
          target: 'CLOSE-WAIT',
          actions: run('enterCloseWaitAfterEstablishing'),
          description: 'rcv FIN / snd ACK',
          meta: main,
        },
        'segment.arrived': [
          ...synchronizedPrelude,
          {
            guard: 'reachesFin',
            target: 'CLOSE-WAIT',
            actions: run('enterCloseWait'),
            description: 'rcv FIN / snd ACK',
            meta: main,
          },
          { actions: run('processSegment') },
        ],
        'timer.retransmit': retransmitOrGiveUp,
      },
    },
    'FIN-WAIT-1': {
      entry: announce('FIN-WAIT-1'),
      on: {
        'app.abort': {
          target: 'CLOSED',
          actions: run('abortWithReset'),
          description: 'ABORT / snd RST',
          meta: abort,
        },
        'segment.arrived': [
          ...synchronizedPrelude,
          {
            guard: 'acksOurFinAndReachesFin',
            target: 'TIME-WAIT',
            actions: run('enterTimeWaitOnFinAndAck'),
            description: 'rcv FIN,ACK of FIN / snd ACK',
            meta: main,
          },
          {
            guard: 'acksOurFin',
            target: 'FIN-WAIT-2',
            actions: run('enterFinWait2'),
            description: 'rcv ACK of FIN',
            meta: main,
          },
          {
            guard: 'reachesFin',
            target: 'CLOSING',
            actions: run('enterClosing'),
            description: 'rcv FIN / snd ACK',
            meta: main,
          },
          { actions: run('processSegment') },
        ],
        'timer.retransmit': retransmitOrGiveUp,
      },
    },
    'FIN-WAIT-2': {
      entry: announce('FIN-WAIT-2'),
      on: {
        'app.abort': {
          target: 'CLOSED',
          actions: run('abortWithReset'),
          description: 'ABORT / snd RST',
          meta: abort,
        },
        'segment.arrived': [
          ...synchronizedPrelude,
          {
            guard: 'reachesFin',
            target: 'TIME-WAIT',
            actions: run('enterTimeWaitOnFin'),
            description: 'rcv FIN / snd ACK',
            meta: main,
          },
          { actions: run('processSegment') },
        ],
      },
    },
    'CLOSE-WAIT': {
      entry: announce('CLOSE-WAIT'),
      on: {
        'app.send': { actions: run('queueSendAndTransmit') },
        'app.close': {
          target: 'LAST-ACK',
          actions: run('closeInCloseWait'),
          description: 'CLOSE / snd FIN',
          meta: main,
        },
        'app.abort': {
          target: 'CLOSED',
          actions: run('abortWithReset'),
          description: 'ABORT / snd RST',
          meta: abort,
        },
        'segment.arrived': [...synchronizedPrelude, { actions: run('processAckOnly') }],
        'timer.retransmit': retransmitOrGiveUp,
      },
    },
    CLOSING: {
      entry: announce('CLOSING'),
      on: {
        'app.abort': {
          target: 'CLOSED',
          actions: run('abortSilently'),
          description: 'ABORT',
          meta: abort,
        },
        'segment.arrived': [
          ...synchronizedPrelude,
          {
            guard: 'acksOurFin',
            target: 'TIME-WAIT',
            actions: run('enterTimeWaitOnAck'),
            description: 'rcv ACK of FIN',
            meta: main,
          },
          { actions: run('processAckOnly') },
        ],
        'timer.retransmit': retransmitOrGiveUp,
      },
    },
    'LAST-ACK': {
      entry: announce('LAST-ACK'),
      on: {
        'app.abort': {
          target: 'CLOSED',
          actions: run('abortSilently'),
          description: 'ABORT',
          meta: abort,
        },
        'segment.arrived': [
          ...synchronizedPrelude,
          {
            guard: 'acksOurFin',
            target: 'CLOSED',
            actions: run('closeOnAckOfFin'),
            description: 'rcv ACK of FIN',
            meta: main,
          },
          { actions: run('processAckOnly') },
        ],
        'timer.retransmit': retransmitOrGiveUp,
      },
    },
    'TIME-WAIT': {
      entry: [run('startTimeWait'), announce('TIME-WAIT')],
      on: {
        'app.abort': {
          target: 'CLOSED',
          actions: run('abortSilently'),
          description: 'ABORT',
          meta: abort,
        },
        'timer.timeWait': {
          target: 'CLOSED',
          actions: run('timeWaitExpired'),
          description: 'timeout = 2 MSL',
          meta: main,
        },
        'segment.arrived': [
          { guard: 'isRetransmittedFin', actions: run('reAckFinInTimeWait') },
          ...synchronizedPrelude,
          { actions: run('processAckOnly') },
        ],
      },
    },
  },
});
