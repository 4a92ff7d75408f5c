/** The lab in English. */
import { FLOOD_REASONS, type FloodReasonCode } from '../../sim/index.ts';
import { formatDuration } from '../duration.ts';
import type { LabMessages, RestoreProblem } from './messages.ts';

const floodReasons = Object.fromEntries(
  Object.entries(FLOOD_REASONS).map(([code, entry]) => [code, entry.en]),
) as Record<FloodReasonCode, string>;

const attackFieldName = {
  seq: 'SEQ',
  ack: 'ACK',
  len: 'LEN (bytes)',
  address: 'Claimed source address',
  time: 'At t (ms)',
} as const;

const faultVerb = { drop: 'dropped', delay: 'delayed', duplicate: 'duplicated' } as const;

export const labEn: LabMessages = {
  modes: 'Lab modes',
  modeName: { drive: 'Drive both ends', flood: 'SYN flood', quiz: 'Predict, then reveal' },
  modeIntro: {
    drive:
      'You are the application on both endpoints and the network between them. Act, then play or step the clock to see what TCP does.',
    flood:
      'An attacker fills the server’s SYN queue with half-open connections from forged addresses. Watch the legitimate client’s SYN go unanswered, then turn on SYN cookies.',
    quiz: 'Before each step is shown, predict it: the next state, or the next segment’s flags, SEQ and ACK.',
  },

  controls: 'Your move',
  actingAt: (s) => `Acting at t = ${s} s`,
  actingAtStart: 'Acting before anything has happened',
  actingNote:
    'Step back to any earlier moment and act from there: the run forks and what came after is dropped.',
  afterInstant: (step) =>
    `More happens at this same instant (up to step ${step}); your action comes after it, so the states here are those after step ${step}.`,
  callLabel: {
    listen: 'listen()',
    connect: 'connect()',
    send: 'send()',
    close: 'shutdown(write) / close()',
    abort: 'abort() (RST)',
  },
  callHint: {
    listen: 'Passive open: wait for a SYN.',
    connect: 'Active open: send a SYN.',
    send: 'Queue bytes to send.',
    close:
      'RFC 9293’s CLOSE: this side sends no more (a FIN follows its data); it can still receive.',
    abort: 'Drop the connection at once; a synchronized one is told with a RST.',
  },
  callNeeds: (call, states, endpoint, state) =>
    `${call} needs ${states}; the ${endpoint.toLowerCase()} is ${state}.`,
  callRefused: (call, endpoint, state) =>
    `The ${endpoint.toLowerCase()}’s machine does not take ${call} in ${state}.`,
  orList: (items) =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`,
  bytes: 'Bytes',
  endpointNow: (endpoint) => `${endpoint} now`,

  network: 'Network',
  nextSegmentFrom: (endpoint) => `The ${endpoint.toLowerCase()}’s next segment`,
  faultName: { drop: 'Drop', delay: 'Delay', duplicate: 'Duplicate' },
  faultButton: (fault, endpoint) =>
    `${fault === 'drop' ? 'Drop' : fault === 'delay' ? 'Delay' : 'Duplicate'} the ${endpoint.toLowerCase()}’s next segment`,
  extraDelay: 'Extra delay (ms)',
  pending: 'Set to happen',
  pendingFault: (fault, endpoint, index, ms) =>
    `The ${endpoint.toLowerCase()}’s segment #${index} will be ${faultVerb[fault]}${ms === null ? '' : ` (${formatDuration('en', ms)})`}.`,
  selectToDrop: 'Or select a segment in flight in the diagram to drop it there.',
  dropInFlight: (n, flags) => `Drop segment ${n} (${flags}) in flight`,
  selectedNotInFlight: (n) => `Segment ${n} is not in flight now.`,
  selectedIsCopy: (n) =>
    `Segment ${n} is a copy made by the network; only its sender’s own segments can be dropped.`,
  delays: 'One-way delay',
  delayFrom: { client: 'Client → Server (ms)', server: 'Server → Client (ms)' },
  delaysNote: 'Applies to the whole run.',

  isns: 'Initial sequence numbers',
  seed: 'Seed',
  newSeed: 'New random seed',
  isnOf: (endpoint) => `${endpoint} ISN`,
  isnFromSeed: 'from the seed',
  isnWhy:
    'Why random? A predictable ISN lets an attacker who cannot see the traffic guess sequence numbers and forge segments into a connection (sequence-number prediction; RFC 6528). Here the seed makes the run repeatable.',

  attacker: 'Attacker',
  attackerHint:
    'An off-path attacker cannot see this connection: it forges a segment that claims to come from the other endpoint, and has to guess its numbers.',
  attackTo: 'Sent to',
  attackTargetWindow: ({ endpoint, seconds, state, rcvNxt, rcvWnd }) =>
    `When it arrives (t = ${seconds} s) the ${endpoint.toLowerCase()} is ${state}: RCV.NXT = ${rcvNxt}, RCV.WND = ${rcvWnd}.`,
  attackTargetNoWindow: ({ endpoint, seconds, state }) =>
    `When it arrives (t = ${seconds} s) the ${endpoint.toLowerCase()} is ${state}: it has no receive window to aim at, so there is no preset.`,
  presets: 'Fill in from the target’s TCB',
  presetName: {
    'rst-exact': 'RST exactly at RCV.NXT',
    'rst-in-window': 'RST in the window',
    'rst-outside-window': 'RST outside the window',
    'syn-in': 'SYN into the connection',
  },
  presetButton: (name, seq) => `${name} (SEQ = ${seq})`,
  flags: 'Flags',
  fieldName: attackFieldName,
  claimedPorts: (peer, port) =>
    `Its ports are the connection’s own: it comes from port ${port}, as the ${peer.toLowerCase()}’s do.`,
  when: 'When',
  whenNow: 'Now',
  whenAt: 'At a chosen time',
  inject: 'Inject the forged segment',
  fieldProblem: (field, p) => {
    const name = attackFieldName[field];
    if (field === 'address') {
      return p.problem === 'required'
        ? `${name}: enter the address it claims.`
        : `${name}: at most ${p.problem === 'range' ? p.max : 64} characters.`;
    }
    if (p.problem === 'required') return `${name}: enter a number.`;
    if (p.problem === 'not-whole') return `${name}: enter a whole number, in digits only.`;
    return field === 'time'
      ? `${name}: from now (${p.min}) to ${p.max}; an attack cannot be sent in the past.`
      : `${name}: from ${p.min} to ${p.max}.`;
  },
  attackProblems: 'The forged segment was not injected:',
  logAttack: ({ endpoint, flags, seq, ack, len, address, seconds }) =>
    `t = ${seconds} s: attacker → ${endpoint.toLowerCase()}, ${flags} SEQ = ${seq}${ack === null ? '' : ` ACK = ${ack}`}${len === 0 ? '' : ` LEN = ${len}`} from ${address}`,

  clock: 'Clock',
  clockHint:
    'Play runs the clock live at the chosen speed; Step forward advances to the next event.',
  skipToTimer: (endpoint, timer, s) =>
    `Fast-forward to the ${endpoint.toLowerCase()}’s ${timer === 'time-wait' ? '2 MSL' : 'RTO'} expiry (t = ${s} s)`,
  noTimerToSkip: 'No running timer will fire.',

  session: 'Session',
  undo: 'Undo',
  undoHint: 'Brings back the run as it was before your last change.',
  forked: (n) =>
    `You acted from an earlier moment: the run forked and ${n} later action${n === 1 ? ' was' : 's were'} dropped. Undo brings ${n === 1 ? 'it' : 'them'} back.`,
  exportFile: 'Export as a scenario file',
  importFile: 'Import a scenario file…',
  dropFileHint: 'or drop a .json file anywhere on the lab.',
  dropFileHere: 'Drop the scenario file to open it in the lab',
  imported: (file) => `Opened ${file}.`,
  importFailed: (file) => `${file} could not be opened; your session is unchanged:`,
  fileTooLarge: (file, kb) => `${file} is larger than ${kb} KB; a scenario file is much smaller.`,
  startOver: 'Start over',
  downloadSetAside: 'Download the saved session',
  simulating: 'Simulating the run…',
  simulatingProgress: (segments, seconds) =>
    `${segments.toLocaleString('en-US')} segments so far, at t = ${seconds} s`,
  cancelRun: 'Cancel',
  runCancelled: 'The run was cancelled. Undo your last change, or start over.',
  runTooMuch: 'This run is too much for the lab:',
  runFailed: 'This run could not be simulated:',
  andMore: (n) => `and ${n.toLocaleString('en-US')} more`,
  importTooHeavy: (segments, max) =>
    `the run would send about ${segments.toLocaleString('en-US')} segments; the lab drives at most ${max.toLocaleString('en-US')}`,
  restoreFailed: (problem) =>
    `The saved session could not be restored (${restoreProblemEn(problem)}); it is set aside, and a new one starts.`,
  linkOpened: 'Opened the session from the link. Undo brings back the one you had.',
  linkFailed: 'The session in the link could not be opened; yours is unchanged.',
  saveFailed: 'This browser does not let the lab save your session; it will be lost on reload.',
  log: 'Your actions',
  logEmpty: 'Nothing yet: both endpoints are CLOSED.',
  logCall: (endpoint, call, bytes, s) =>
    `t = ${s} s: ${endpoint} ${call}${bytes === null ? '' : ` ${bytes} bytes`}`,
  logFault: (fault, endpoint, index, fromStart) =>
    `${fromStart ? 'From the start' : 'Network'}: ${endpoint.toLowerCase()} segment #${index} ${faultVerb[fault]}`,
  sessionTitle: { en: 'Lab session', ko: '실습 세션' },

  floodSettings: 'The attack',
  backlog: 'Listen backlog (SYN queue size)',
  attackSyns: 'Forged SYNs',
  synCookies: 'SYN cookies',
  cookiesOn:
    'SYN cookies on: when the queue is full, the server answers with a cookie in its ISN and keeps nothing.',
  cookiesOff: 'SYN cookies off: a full queue drops every new SYN without a reply.',
  queueTitle: 'Server SYN queue',
  queueCount: (size, capacity) => `${size} of ${capacity} half-open`,
  queueFree: 'free',
  queueEntry: ({ address, port, state }) => `${address}:${port}, ${state}`,
  synAcksSent: (n) => `SYN+ACK sent ${n}×`,
  nextSynAck: (s) => `next at t = ${s} s`,
  forged: 'forged address',
  legitimate: 'the client',
  queueEmptyYet: 'The server is not listening yet.',
  outcome: (connected, state) =>
    connected
      ? `At the end the client is ${state}: it got through.`
      : `At the end the client is ${state}: its SYNs were never answered.`,
  cookieLoses:
    'What a cookie loses: the server keeps no state, so only what fits in 32 bits survives. The MSS is one of 8 values, and window scaling and SACK are off for the connection (Linux puts them in TCP timestamps when the client sends those; this model has none).',
  floodClientSide: 'Client side',
  floodReasons,

  quizOn: 'Quiz on',
  quizOwnSession: 'Your lab session',
  quizEmptySession: 'Your lab session is empty: act in “Drive both ends” first.',
  questionOf: (n, total) => `Question ${n} of ${total}`,
  isnsAre: (c, s) =>
    `ISNs: client ${c === null ? 'unknown' : String(c)}, server ${s === null ? 'unknown' : String(s)}.`,
  promptArrives: ({ flags, numbers, endpoint, state }) =>
    `${flags} (SEQ ${numbers.seq}${numbers.ack === null ? '' : `, ACK ${numbers.ack}`}, LEN ${numbers.len}) arrives at the ${endpoint.toLowerCase()}, which is in ${state}. What state is the ${endpoint.toLowerCase()} in after it?`,
  promptCall: (endpoint, call, state) =>
    `The ${endpoint.toLowerCase()}’s application calls ${call} in ${state}. What state is the ${endpoint.toLowerCase()} in after that?`,
  promptTimer: (endpoint, timer, state) =>
    `The ${endpoint.toLowerCase()}’s ${timer === 'time-wait' ? '2 MSL' : 'retransmission'} timer fires in ${state}. What state is it in after that?`,
  promptSend: (endpoint, state, peer) =>
    `The ${endpoint.toLowerCase()} (in ${state}) sends the next segment to the ${peer.toLowerCase()}. Predict its flags, SEQ and ACK.`,
  partName: {
    state: 'Next state',
    tcb: 'What it moves in the TCB',
    flags: 'Flags',
    seq: 'SEQ',
    ack: 'ACK',
  },
  tcbMove: {
    una: 'SND.UNA only',
    rcv: 'RCV.NXT only',
    both: 'Both SND.UNA and RCV.NXT',
    neither: 'Neither',
  },
  tcbHint:
    'In the receiver’s TCB, SND.UNA is the oldest number it sent that is not yet acknowledged; RCV.NXT is the next number it expects from its peer.',
  noAckFlag: '— (no ACK flag)',
  check: 'Check',
  checkHint: 'Pick one answer in each row.',
  goToQuestion: 'Show the question',
  nextQuestion: 'Next question',
  finish: 'Finish and see the score',
  restart: 'Start again',
  right: 'Right.',
  wrong: (answer) => `Not quite: it is ${answer}.`,
  skipped: 'You moved past this question, so here is the answer (not scored).',
  theRule: 'The rule',
  mistake: {
    stays: 'The state does change here.',
    'other-transition': 'That transition is not the one this event takes from here.',
    'ack-always':
      'After the first SYN, every segment carries ACK (RFC 9293 §3.10.7.4): a SYN+ACK, a FIN+ACK, data with ACK.',
    'rst-form':
      'The RST form depends on what it answers: a segment with ACK gets <SEQ=SEG.ACK><RST>; one without gets <SEQ=0><ACK=SEG.SEQ+SEG.LEN><RST,ACK> (RFC 9293 §3.10.7.1).',
    'flags-other':
      'Look at what the sender must say in its state: open, acknowledge, close or reset.',
    'isn-zero': 'A SYN’s SEQ is the ISN, a 32-bit number chosen at random, not 0.',
    'off-by-one':
      'One off: SEQ is the number of the first thing the segment carries, and ACK the next number expected.',
    'not-advanced': 'The sender’s last segment took sequence numbers; the next SEQ is past them.',
    'plus-one-for-data':
      '“SEQ + LEN + 1” is folklore: data advances the number by LEN; only SYN and FIN take one more.',
    'forgot-syn-fin-one': 'SYN and FIN each take one sequence number (RFC 9293 §3.4).',
    'peer-number':
      'That number is in the other side’s sequence space: it is what this side acknowledges.',
    'retransmit-new':
      'A retransmission resends the oldest unacknowledged segment with its original SEQ.',
    'own-seq': 'ACK names the next number expected from the peer, not this side’s own SEQ.',
    'no-ack-flag': 'After the first SYN, every segment carries ACK.',
    'ack-when-none':
      'The first SYN has nothing to acknowledge, so its ACK flag is clear (as is a RST answering an ACK).',
    'echo-seq':
      'ACK is the next number expected, SEQ + LEN (+1 for SYN or FIN), not the arriving segment’s own SEQ.',
    'forgot-len': 'Data advances the number by its length: ACK = SEQ + LEN.',
    'una-new-ack':
      'Its ACK acknowledges numbers not acknowledged before, so SND.UNA (the oldest unacknowledged number) moves up to it (RFC 9293 §3.10.7.4).',
    'una-old-ack':
      'Its ACK acknowledges nothing new: SND.UNA (the oldest unacknowledged number) already stands there, so it stays.',
    'rcv-new-numbers':
      'It brings the sequence numbers the receiver expected next (data, a SYN or a FIN), so RCV.NXT moves past them.',
    'rcv-nothing-new':
      'RCV.NXT (the next number expected) stays: a bare ACK takes no sequence number, and a segment that repeats numbers already received or starts past RCV.NXT does not move it.',
  },
  score: 'Score',
  scoreLine: (c, a) => `${c} of ${a} right`,
  scoreParts: (part, c, a) => `${part}: ${c} of ${a}`,
  scoreDone: (c, total) => `Done: ${c} right out of ${total} predictions.`,
  noQuestions: 'This run has nothing to predict yet.',
  ownSessionChanged: 'Your lab session changed since the quiz started; it now quizzes the new run.',
};

function restoreProblemEn(p: RestoreProblem): string {
  switch (p.kind) {
    case 'not-json':
      return 'the save is damaged: it is not JSON';
    case 'other-version':
      return 'it is not a save this version of Handshake Lab can read';
    case 'missing':
      return `the save has no ${p.where}, which every save has`;
    case 'invalid':
      return `${p.errors.en.join('; ')}${p.more > 0 ? ` (${labEn.andMore(p.more)})` : ''}`;
    case 'out-of-order':
      return `its actions are out of time order from action ${(p.index + 1).toLocaleString('en-US')} on`;
    case 'too-heavy':
      return labEn.importTooHeavy(p.segments, p.max);
  }
}
