/**
 * What the lab says: driving both endpoints, the SYN flood, and the predict-then-reveal quiz.
 * Sentences that carry values are functions.
 */
import type { CallName, EndpointId, FloodReasonCode, TimerName } from '../../sim/index.ts';
import type { NumbersText } from '../messages.ts';

/**
 * Why the Lab's autosave could not be restored, as data: each language says it in its own
 * words. Schema errors come worded in both languages by the scenario schema.
 */
export type RestoreProblem =
  | { kind: 'not-json' }
  /** Saved by another version of the lab (or not a lab save at all). */
  | { kind: 'other-version' }
  /** A part every save has is missing, at `where`. */
  | { kind: 'missing'; where: string }
  /** The first few schema errors in each language, and how many more there were. */
  | { kind: 'invalid'; errors: Readonly<Record<'en' | 'ko', readonly string[]>>; more: number }
  /** The actions are not in time order from the `index`-th on. */
  | { kind: 'out-of-order'; index: number }
  /** The cost model expects more segments than the lab drives. */
  | { kind: 'too-heavy'; segments: number; max: number };

/** The lab's modes (`?view=lab&lab=`). */
export type LabMode = 'drive' | 'flood' | 'quiz';

/** A network fault the student can put on the next segment. */
export type LabFaultKind = 'drop' | 'delay' | 'duplicate';

/** The attacker's presets (src/lab/attackTarget.ts), by where they land. */
export type AttackPresetName = 'rst-exact' | 'rst-in-window' | 'rst-outside-window' | 'syn-in';

/** A field of the attacker's form. */
export type AttackField = 'seq' | 'ack' | 'len' | 'address' | 'time';

/** What is wrong with a field of the attacker's form (src/lab/forgedSegmentForm.ts). */
export type AttackFieldProblem =
  | { problem: 'required' }
  | { problem: 'not-whole' }
  | { problem: 'range'; min: number; max: number };

/** The mistakes a wrong quiz answer stands for (src/quiz/choices.ts). */
export type QuizMistake =
  | 'stays'
  | 'other-transition'
  | 'ack-always'
  | 'rst-form'
  | 'flags-other'
  | 'isn-zero'
  | 'off-by-one'
  | 'not-advanced'
  | 'plus-one-for-data'
  | 'forgot-syn-fin-one'
  | 'peer-number'
  | 'retransmit-new'
  | 'own-seq'
  | 'no-ack-flag'
  | 'ack-when-none'
  | 'echo-seq'
  | 'forgot-len'
  | 'una-new-ack'
  | 'una-old-ack'
  | 'rcv-new-numbers'
  | 'rcv-nothing-new';

export interface LabMessages {
  modes: string;
  modeName: Record<LabMode, string>;
  modeIntro: Record<LabMode, string>;

  // Driving both endpoints
  controls: string;
  actingAt: (seconds: string) => string;
  actingAtStart: string;
  actingNote: string;
  /** The cursor is inside an instant: an action comes after the rest of it. */
  afterInstant: (step: number) => string;
  callLabel: Record<CallName, string>;
  callHint: Record<CallName, string>;
  /** "connect() needs CLOSED or LISTEN; the client is ESTABLISHED." */
  callNeeds: (call: string, states: string, endpoint: string, state: string) => string;
  callRefused: (call: string, endpoint: string, state: string) => string;
  orList: (items: readonly string[]) => string;
  bytes: string;
  endpointNow: (endpoint: string) => string;

  network: string;
  nextSegmentFrom: (endpoint: string) => string;
  faultName: Record<LabFaultKind, string>;
  faultButton: (fault: LabFaultKind, endpoint: string) => string;
  extraDelay: string;
  pending: string;
  pendingFault: (fault: LabFaultKind, endpoint: string, index: number, ms: number | null) => string;
  selectToDrop: string;
  dropInFlight: (n: number, flags: string) => string;
  selectedNotInFlight: (n: number) => string;
  selectedIsCopy: (n: number) => string;
  delays: string;
  delayFrom: Record<EndpointId, string>;
  delaysNote: string;

  isns: string;
  seed: string;
  newSeed: string;
  isnOf: (endpoint: string) => string;
  isnFromSeed: string;
  isnWhy: string;

  attacker: string;
  attackerHint: string;
  attackTo: string;
  /** The target as it will be when the segment arrives, in a synchronized state. */
  attackTargetWindow: (p: {
    endpoint: string;
    seconds: string;
    state: string;
    rcvNxt: number;
    rcvWnd: number;
  }) => string;
  /** The target has no receive window to aim at yet (or any more). */
  attackTargetNoWindow: (p: { endpoint: string; seconds: string; state: string }) => string;
  presets: string;
  presetName: Record<AttackPresetName, string>;
  presetButton: (name: string, seq: number) => string;
  flags: string;
  fieldName: Record<AttackField, string>;
  /** The ports a forged segment carries: the connection's own, as the peer's. */
  claimedPorts: (peer: string, port: number) => string;
  when: string;
  whenNow: string;
  whenAt: string;
  inject: string;
  fieldProblem: (field: AttackField, p: AttackFieldProblem) => string;
  attackProblems: string;
  logAttack: (p: {
    endpoint: string;
    flags: string;
    seq: number;
    ack: number | null;
    len: number;
    address: string;
    seconds: string;
  }) => string;

  clock: string;
  clockHint: string;
  skipToTimer: (endpoint: string, timer: TimerName, seconds: string) => string;
  noTimerToSkip: string;

  session: string;
  undo: string;
  undoHint: string;
  forked: (dropped: number) => string;
  exportFile: string;
  importFile: string;
  dropFileHint: string;
  dropFileHere: string;
  imported: (file: string) => string;
  importFailed: (file: string) => string;
  fileTooLarge: (file: string, maxKb: number) => string;
  startOver: string;
  restoreFailed: (problem: RestoreProblem) => string;
  /** The run is being computed off the page's thread. */
  /** Download the save that could not be restored. */
  downloadSetAside: string;
  simulating: string;
  simulatingProgress: (segments: number, seconds: string) => string;
  cancelRun: string;
  runCancelled: string;
  /** Followed by the budget's own sentence (what ran out, when, why). */
  runTooMuch: string;
  runFailed: string;
  /** "and 997 more" after the first errors of a long list. */
  andMore: (n: number) => string;
  /** An import the cost model expects to be too large to drive by hand. */
  importTooHeavy: (segments: number, max: number) => string;
  /** A share link's session replaced the one on screen. */
  linkOpened: string;
  /** A share link's session could not be opened (the problem is said after it). */
  linkFailed: string;
  saveFailed: string;
  log: string;
  logEmpty: string;
  logCall: (endpoint: string, call: string, bytes: number | null, seconds: string) => string;
  logFault: (fault: LabFaultKind, endpoint: string, index: number, fromStart: boolean) => string;
  sessionTitle: { en: string; ko: string };

  // SYN flood
  floodSettings: string;
  backlog: string;
  attackSyns: string;
  synCookies: string;
  cookiesOn: string;
  cookiesOff: string;
  queueTitle: string;
  queueCount: (size: number, capacity: number) => string;
  queueFree: string;
  queueEntry: (p: { address: string; port: number; state: string }) => string;
  synAcksSent: (n: number) => string;
  nextSynAck: (seconds: string) => string;
  forged: string;
  legitimate: string;
  queueEmptyYet: string;
  outcome: (connected: boolean, clientState: string) => string;
  cookieLoses: string;
  floodClientSide: string;
  floodReasons: Record<FloodReasonCode, string>;

  // Predict, then reveal
  quizOn: string;
  quizOwnSession: string;
  quizEmptySession: string;
  questionOf: (n: number, total: number) => string;
  isnsAre: (client: number | null, server: number | null) => string;
  promptArrives: (p: {
    flags: string;
    numbers: NumbersText;
    endpoint: string;
    state: string;
  }) => string;
  promptCall: (endpoint: string, call: string, state: string) => string;
  promptTimer: (endpoint: string, timer: TimerName, state: string) => string;
  promptSend: (endpoint: string, state: string, peer: string) => string;
  partName: Record<'state' | 'tcb' | 'flags' | 'seq' | 'ack', string>;
  /** The TCB part's answers (src/quiz/tcbMove.ts). */
  tcbMove: Record<'una' | 'rcv' | 'both' | 'neither', string>;
  /** What the two variables of the TCB part are. */
  tcbHint: string;
  noAckFlag: string;
  check: string;
  checkHint: string;
  goToQuestion: string;
  nextQuestion: string;
  finish: string;
  restart: string;
  right: string;
  wrong: (answer: string) => string;
  skipped: string;
  theRule: string;
  mistake: Record<QuizMistake, string>;
  score: string;
  scoreLine: (correct: number, answered: number) => string;
  scoreParts: (part: string, correct: number, answered: number) => string;
  scoreDone: (correct: number, total: number) => string;
  noQuestions: string;
  ownSessionChanged: string;
}
