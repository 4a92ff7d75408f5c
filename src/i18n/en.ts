/** English messages. */
import type { Messages, NumbersText } from './messages.ts';
import { stageEn } from './stage/en.ts';
import { recoveryEn } from './recovery/en.ts';
import { formatDuration } from './duration.ts';
import { wordsEn } from './words/en.ts';
import { shareEn } from './share/en.ts';
import { guideEn } from './guide/en.ts';
import { REASONS } from '../sim/index.ts';

/** The core's own English templates, by code. */
const englishReasonTemplates: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(REASONS).map(([code, entry]) => [code, entry.en]),
);

const nums = (n: NumbersText): string =>
  n.ack === null ? `SEQ ${n.seq}, LEN ${n.len}` : `SEQ ${n.seq}, ACK ${n.ack}, LEN ${n.len}`;

const callText = {
  listen: 'listen()',
  connect: 'connect()',
  send: 'send()',
  close: 'close()',
  abort: 'abort()',
} as const;

export const en: Messages = {
  lang: 'en',
  languageName: 'English',
  appTitle: 'Handshake Lab',
  tagline: 'TCP connection management, one segment at a time',
  skipToDiagram: 'Skip to the diagram',

  language: 'Language',
  numbers: 'Numbers',
  numberMode: { absolute: 'Absolute', relative: 'Relative' },
  numberModeHint: {
    absolute: 'Sequence numbers as on the wire',
    relative: 'Sequence numbers counted from each side’s ISN, as Wireshark shows them',
  },

  scenario: 'Scenario',
  chooseScenario: 'Choose a scenario',
  closeScenarios: 'Close the scenario list',

  player: 'Player',
  play: 'Play',
  pause: 'Pause',
  stepForward: 'Step forward',
  stepBack: 'Step back',
  restart: 'Restart',
  jumpToEnd: 'Jump to end',
  speed: 'Speed',
  speedValue: (x) => `${x}×`,
  scrubber: 'Position in the run',
  stepOf: (n, total) => `Step ${n} of ${total}`,
  clock: (s) => `t = ${s} s`,
  scrubberValue: (n, total, s) => `Step ${n} of ${total}, t = ${s} s`,
  keyboardHelp: 'Keys: Space play/pause · ←/→ or PageUp/PageDown step · Home/End · +/− speed',
  reducedMotionNote: 'Reduced motion: segments move in discrete steps.',

  endpoint: { client: 'Client', server: 'Server' },
  laneState: (endpoint, state) => `${endpoint}: ${state}`,
  timerName: {
    retransmit: 'RTO',
    'time-wait': '2 MSL',
    'delayed-ack': 'ACK delay',
    'fin-wait-2': 'FIN-WAIT-2 limit',
  },
  timerLeft: (timer, left) => `${timer} ${left} left`,
  noTimers: 'No timers running',
  timers: 'Timers',

  ladder: 'Time-space diagram',
  ladderDescription:
    'Time runs downward. Each arrow is a segment, from when it was sent to when it arrived.',
  segments: 'Segments',
  lost: 'lost',
  retransmission: 'retransmission',
  retransmissionShort: '↻',
  duplicate: 'duplicate',
  delayed: (extra) => `+${extra} delay`,
  inFlight: 'in flight',
  gapIdle: (d) => `${d} idle, compressed`,
  gapBusy: (d) => `${d}, compressed`,
  gapTimer: (timer, d) => (timer === 'time-wait' ? `2 MSL = ${d}, compressed` : `${d} idle (RTO)`),
  segmentAria: ({ label, n, from, to, status }) =>
    `${label} — segment ${n}, ${from} to ${to}${status.length > 0 ? `; ${status.join(', ')}` : ''}`,
  labelDetail: (n) =>
    n.ack === null ? `seq ${n.seq} len ${n.len}` : `seq ${n.seq} ack ${n.ack} len ${n.len}`,

  narration: 'What happened',
  narrationStart: (client, server) =>
    `Nothing has happened yet: the client is ${client}, the server is ${server}. Press Play or step forward.`,
  narrationSend: (from, to, flags, n) => `${from} sends ${flags} to ${to}: ${nums(n)}.`,
  narrationRetransmit: (n) => `It retransmits segment ${n}.`,
  narrationDuplicate: (n) => `The network delivers a copy of segment ${n}.`,
  narrationDeliver: (to, flags, n) => `${flags} (${nums(n)}) arrives at the ${to.toLowerCase()}.`,
  narrationDrop: (from, flags) => `The network loses the ${from.toLowerCase()}’s ${flags}.`,
  narrationState: (endpoint, from, to) => `${endpoint} moves ${from} → ${to}.`,
  narrationTimer: (endpoint, timer, d) =>
    timer === 'time-wait'
      ? `The ${endpoint.toLowerCase()}’s TIME-WAIT timer (2 MSL${d === null ? '' : ` = ${d}`}) expires.`
      : `The ${endpoint.toLowerCase()}’s retransmission timer${d === null ? '' : ` (${d})`} fires: no ACK came in time.`,
  narrationCall: (endpoint, call, bytes) =>
    call === 'send' && bytes !== null
      ? `The ${endpoint.toLowerCase()}’s application calls send(${bytes} bytes).`
      : `The ${endpoint.toLowerCase()}’s application calls ${callText[call]}.`,
  narrationCallError: (error) => `It fails: ${error}.`,
  narrationUnknown: (id) => `Segment ${id} (not in the trace).`,
  arithmetic: (a) => `ACK = ${a.terms.map((t) => t.value).join(' + ')} = ${a.result}`,
  ackTermWhy: {
    syn: 'the SYN takes one sequence number',
    fin: 'the FIN takes one sequence number',
    len: 'one per data byte',
  },
  why: 'Why',
  reasonLanguageNote: null,
  reasonsAbsolute: 'The reason quotes absolute numbers.',

  inspector: 'Segment inspector',
  inspectorHint: 'Click or focus a segment in the diagram to see its header.',
  segmentTitle: (n, from, to) => `Segment ${n}: ${from} → ${to}`,
  field: {
    srcPort: 'Source port',
    dstPort: 'Destination port',
    seq: 'Sequence number',
    ack: 'Acknowledgment number',
    flags: 'Flags',
    window: 'Window',
    options: 'Options',
    len: 'Payload length',
    status: 'Status',
  },
  optionMss: (mss) => `MSS ${mss}`,
  optionWindowScale: (shift) => `Window scale ${shift} (×${2 ** shift})`,
  optionSackPermitted: 'SACK permitted',
  optionSack: 'SACK blocks',
  optionTimestamps: 'Timestamps',
  noOptions: 'none',
  notSet: '— (ACK flag clear)',
  statusDelivered: 'delivered',
  statusLost: 'lost by the network',
  statusInFlight: 'in flight',
  statusNotSent: 'not sent yet',
  statusRetransmissionOf: (n) => `retransmission of segment ${n}`,
  statusDuplicateOf: (n) => `network duplicate of segment ${n}`,
  statusDelayed: (extra) => `delayed ${extra} by the network`,
  statusFirst: 'first transmission',
  closeInspector: 'Close the inspector',

  stateDiagram: 'State diagram (RFC 9293)',
  stateDiagramDescription:
    'The eleven TCP states and the transitions of the machine the simulator runs. C and S mark where the client and server are.',
  showExceptional: 'Show resets, aborts and time-outs',
  legendCurrent: 'current state',
  justTaken: (endpoint, from, to) => `${endpoint}: ${from} → ${to}`,
  noTransitionYet: 'No transition yet.',

  duration: (ms) => formatDuration('en', ms),
  loading: 'Loading…',

  reasonTemplates: englishReasonTemplates,

  ladderScrollArea: 'Diagram area (scroll with the up and down arrow keys)',

  views: 'Views',
  viewName: { scenarios: 'Scenarios', capture: 'Open a capture', lab: 'Lab' },

  // ---- the stage's layout: phone sheet, presentation zoom ----
  stage: stageEn,

  // ---- load failures, view errors, updates ----
  recovery: recoveryEn,

  // ---- causes, what applications are told, forged addresses ----
  words: wordsEn,

  // ---- share, embed, present, export ----
  share: shareEn,
  // ---- guidance: the first-run tour, the ladder's legend, dense runs ----
  guide: guideEn,
};
