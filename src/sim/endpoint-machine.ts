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
import type { LinuxReasonCode } from './linux-reasons.ts';
import { why, type ReasonCode } from './reasons.ts';
import type { EdgeKind, TransitionCause, TransitionMeta } from './transition-cause.ts';
import { initialTcb, type EndpointConfig, type Tcb } from './tcb.ts';
import type { TcpStateName } from './tcp-state.ts';
import {
  abortSilently,
  abortWithReset,
  announce,
  retransmitOrGiveUp,
  run,
  synchronizedPrelude,
  timeWaitPrelude,
} from './endpoint-transitions.ts';

/**
 * A transition that changes state, labelled as the RFC's figure labels it, with its cause and
 * the reason codes it announces (for the state diagram).
 */
const to = (
  target: TcpStateName,
  effect: EffectName,
  description: string,
  cause: TransitionCause,
  reasons: readonly (ReasonCode | LinuxReasonCode)[],
  edge: EdgeKind = 'main',
  rare = false,
) =>
  ({
    target,
    actions: run(effect),
    description,
    meta: { edge, cause, reasons, ...(rare ? { rare } : {}) } satisfies TransitionMeta,
  }) as const;

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
  // Linux only: the delayed-ACK timer runs only in its profile, and every state that arms it
  // (one that accepts text) sends the held ACK when it fires; leaving those states stops it.
  on: { 'timer.delayedAck': { actions: run('delayedAckExpired') } },
  states: {
    CLOSED: {
      entry: announce('CLOSED'),
      on: {
        'app.listen': to('LISTEN', 'listen', 'passive OPEN', 'listen', ['passive-open']),
        'app.connect': to('SYN-SENT', 'connect', 'active OPEN / snd SYN', 'connect', [
          'active-open',
        ]),
        'segment.arrived': { actions: run('replyResetFromClosed') },
      },
    },
    LISTEN: {
      entry: announce('LISTEN'),
      on: {
        'app.connect': to('SYN-SENT', 'connectFromListen', 'SEND / snd SYN', 'connect', [
          'active-open-from-listen',
        ]),
        'app.close': to('CLOSED', 'closeInListen', 'CLOSE', 'close', ['close-in-listen']),
        'app.abort': abortSilently,
        'segment.arrived': [
          { guard: 'isRst', actions: run('discardRstInListen') },
          { guard: 'hasAck', actions: run('resetUnacceptableAck') },
          {
            guard: 'isSyn',
            ...to('SYN-RECEIVED', 'acceptSyn', 'rcv SYN / snd SYN,ACK', 'rcv-syn', [
              'syn-in-listen',
            ]),
          },
          { actions: run('discardOther') },
        ],
      },
    },
    'SYN-SENT': {
      entry: announce('SYN-SENT'),
      on: {
        'app.send': { actions: run('queueSend') },
        'app.close': to('CLOSED', 'closeInSynSent', 'CLOSE', 'close', ['close-in-syn-sent']),
        'app.abort': abortSilently,
        'segment.arrived': [
          { guard: 'isBadAckInSynSent', actions: run('resetUnacceptableAck') },
          { guard: 'isStrayRstInSynSent', actions: run('discardStrayRst') },
          {
            guard: 'isRefusal',
            ...to(
              'CLOSED',
              'connectionRefused',
              'rcv RST,ACK',
              'rcv-rst',
              ['rst-refused'],
              'reset',
            ),
          },
          {
            guard: 'isSynAckOfOurSyn',
            ...to('ESTABLISHED', 'completeActiveOpen', 'rcv SYN,ACK / snd ACK', 'rcv-syn-ack', [
              'syn-ack-in-syn-sent',
            ]),
          },
          {
            guard: 'isBareSyn',
            ...to('SYN-RECEIVED', 'simultaneousOpen', 'rcv SYN / snd SYN,ACK', 'rcv-syn', [
              'syn-in-syn-sent',
            ]),
          },
          { actions: run('discardOther') },
        ],
        'timer.retransmit': [
          {
            guard: 'retriesExhausted',
            ...to(
              'CLOSED',
              'giveUp',
              'timeout',
              'timeout',
              ['retransmission-limit', 'linux-syn-retries-exhausted'],
              'timeout',
            ),
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
          to('FIN-WAIT-1', 'closeInSynReceived', 'CLOSE / snd FIN', 'close', [
            'close-in-syn-received',
          ]),
        ],
        'app.abort': abortWithReset,
        'segment.arrived': [
          { guard: 'isDuplicateSyn', actions: run('retransmitSynAck') },
          {
            guard: 'isSimultaneousSynAck',
            ...to('ESTABLISHED', 'completePassiveOpen', 'rcv SYN,ACK', 'rcv-syn-ack', [
              'syn-ack-in-syn-received',
            ]),
          },
          { guard: 'isUnacceptableRst', actions: run('discardStrayRst') },
          { guard: 'isUnacceptable', actions: run('answerUnacceptable') },
          {
            guard: and(['isExactRst', 'isPassiveOpen']),
            ...to(
              'LISTEN',
              'returnToListen',
              'rcv RST',
              'rcv-rst',
              ['rst-in-syn-received-passive'],
              'reset',
            ),
          },
          {
            guard: 'isExactRst',
            ...to(
              'CLOSED',
              'refuseCrossedOpen',
              'rcv RST',
              'rcv-rst',
              ['rst-in-syn-received-active'],
              'reset',
            ),
          },
          { guard: 'isRst', actions: run('challengeRst') },
          {
            guard: and(['isSyn', 'isPassiveOpen']),
            ...to(
              'LISTEN',
              'synReturnsToListen',
              'rcv SYN',
              'rcv-syn',
              ['syn-in-syn-received-passive'],
              'reset',
            ),
          },
          { guard: 'isSyn', actions: run('challengeSyn') },
          { guard: 'lacksAck', actions: run('discardNoAck') },
          { guard: 'isUnacceptableAckInSynReceived', actions: run('resetUnacceptableAck') },
          {
            guard: 'acksOurSyn',
            ...to('ESTABLISHED', 'completePassiveOpen', 'rcv ACK of SYN', 'rcv-ack', [
              'ack-of-syn',
            ]),
          },
        ],
        'timer.retransmit': [
          {
            guard: and(['retriesExhausted', 'isPassiveOpen']),
            ...to(
              'LISTEN',
              'giveUpHalfOpen',
              'timeout',
              'timeout',
              ['retransmission-limit-passive', 'linux-synack-retries-exhausted'],
              'timeout',
            ),
          },
          {
            guard: 'retriesExhausted',
            ...to(
              'CLOSED',
              'giveUp',
              'timeout',
              'timeout',
              ['retransmission-limit', 'linux-syn-retries-exhausted'],
              'timeout',
            ),
          },
          { actions: run('retransmit') },
        ],
      },
    },
    ESTABLISHED: {
      entry: announce('ESTABLISHED'),
      on: {
        'app.send': { actions: run('queueSendAndTransmit') },
        'app.close': to('FIN-WAIT-1', 'closeAndSendFin', 'CLOSE / snd FIN', 'close', [
          'close-sends-fin',
        ]),
        'app.abort': abortWithReset,
        'fin.reached': to(
          'CLOSE-WAIT',
          'enterCloseWaitAfterEstablishing',
          'rcv FIN / snd ACK',
          'rcv-fin',
          ['fin-arrived'],
        ),
        'segment.arrived': [
          ...synchronizedPrelude,
          {
            guard: 'reachesFin',
            ...to('CLOSE-WAIT', 'enterCloseWait', 'rcv FIN / snd ACK', 'rcv-fin', ['fin-arrived']),
          },
          { actions: run('processSegment') },
        ],
        'timer.retransmit': retransmitOrGiveUp,
      },
    },
    'FIN-WAIT-1': {
      entry: announce('FIN-WAIT-1'),
      on: {
        'app.abort': abortWithReset,
        'segment.arrived': [
          ...synchronizedPrelude,
          {
            guard: 'acksOurFinAndReachesFin',
            ...to(
              'TIME-WAIT',
              'enterTimeWaitOnFinAndAck',
              'rcv FIN,ACK of FIN / snd ACK',
              'rcv-fin-ack',
              ['fin-and-ack-of-fin'],
            ),
          },
          {
            guard: 'acksOurFin',
            ...to('FIN-WAIT-2', 'enterFinWait2', 'rcv ACK of FIN', 'rcv-ack', [
              'ack-of-fin-in-fin-wait-1',
            ]),
          },
          {
            guard: 'reachesFin',
            ...to('CLOSING', 'enterClosing', 'rcv FIN / snd ACK', 'rcv-fin', [
              'fin-arrived-closing',
            ]),
          },
          { actions: run('processSegment') },
        ],
        'timer.retransmit': retransmitOrGiveUp,
      },
    },
    'FIN-WAIT-2': {
      entry: announce('FIN-WAIT-2'),
      on: {
        'app.abort': abortWithReset,
        'segment.arrived': [
          ...synchronizedPrelude,
          {
            guard: 'reachesFin',
            ...to('TIME-WAIT', 'enterTimeWaitOnFin', 'rcv FIN / snd ACK', 'rcv-fin', [
              'fin-in-fin-wait-2',
              'linux-fin-in-fin-wait-2',
            ]),
          },
          { actions: run('processSegment') },
        ],
        // Linux only (the timer runs only in its profile): an orphaned socket's tcp_fin_timeout.
        'timer.finWait2': {
          target: 'CLOSED',
          actions: run('finWait2Expired'),
          description: 'timeout = tcp_fin_timeout',
          meta: {
            edge: 'timeout',
            cause: 'timeout',
            reasons: ['linux-fin-wait-2-timeout'],
            profile: 'linux',
          } satisfies TransitionMeta,
        },
      },
    },
    'CLOSE-WAIT': {
      entry: announce('CLOSE-WAIT'),
      on: {
        'app.send': { actions: run('queueSendAndTransmit') },
        'app.close': to('LAST-ACK', 'closeInCloseWait', 'CLOSE / snd FIN', 'close', [
          'close-in-close-wait',
        ]),
        'app.abort': abortWithReset,
        'segment.arrived': [...synchronizedPrelude, { actions: run('processAckOnly') }],
        'timer.retransmit': retransmitOrGiveUp,
      },
    },
    CLOSING: {
      entry: announce('CLOSING'),
      on: {
        'app.abort': abortSilently,
        'segment.arrived': [
          ...synchronizedPrelude,
          {
            guard: 'acksOurFin',
            ...to('TIME-WAIT', 'enterTimeWaitOnAck', 'rcv ACK of FIN', 'rcv-ack', ['ack-of-fin']),
          },
          { actions: run('processAckOnly') },
        ],
        'timer.retransmit': retransmitOrGiveUp,
      },
    },
    'LAST-ACK': {
      entry: announce('LAST-ACK'),
      on: {
        'app.abort': abortSilently,
        'segment.arrived': [
          ...synchronizedPrelude,
          {
            guard: 'acksOurFin',
            ...to('CLOSED', 'closeOnAckOfFin', 'rcv ACK of FIN', 'rcv-ack', ['ack-of-fin']),
          },
          { actions: run('processAckOnly') },
        ],
        'timer.retransmit': retransmitOrGiveUp,
      },
    },
    'TIME-WAIT': {
      entry: [run('startTimeWait'), announce('TIME-WAIT')],
      on: {
        'app.abort': abortSilently,
        'timer.timeWait': to('CLOSED', 'timeWaitExpired', 'timeout = 2 MSL', 'time-wait', [
          'time-wait-expired',
          'linux-time-wait-expired',
        ]),
        'segment.arrived': [
          { guard: 'isRetransmittedFin', actions: run('reAckFinInTimeWait') },
          {
            guard: 'isSynAfterRcvNxt',
            ...to(
              'SYN-RECEIVED',
              'reopenFromTimeWait',
              'rcv newer SYN / snd SYN,ACK',
              'rcv-syn',
              ['syn-in-time-wait'],
              'main',
              true,
            ),
          },
          { guard: 'isSynNotAfterRcvNxt', actions: run('ackOldSynInTimeWait') },
          ...timeWaitPrelude,
          { actions: run('processAckOnly') },
        ],
      },
    },
  },
});
