/**
 * The shape of the message catalogue. Every language implements all of it, so a key missing in
 * one language is a type error. Sentences that carry numbers are functions.
 */
import type { CallEvent, EndpointId, TimerName } from '../sim/index.ts';
import type { AckArithmetic, NumberMode, TcpStateName } from '../layout/index.ts';
import type { GlossaryMessages } from './glossary/messages.ts';
import type { ShareMessages } from './share/messages.ts';
import type { StageMessages } from './stage/messages.ts';
import type { LabMessages } from './lab/messages.ts';
import type { CaptureMessages } from './capture/messages.ts';
import type { TourMessages } from './tour/messages.ts';
import type { LegendMessages } from './legend/messages.ts';
import type { TcbMessages } from './tcb/messages.ts';
import type { ShareDialogMessages } from './shareDialogs/messages.ts';
import type { RecoveryMessages } from './recovery/messages.ts';
import type { BudgetMessages } from './budget/messages.ts';
import type { LinuxMessages } from './linux/messages.ts';
import type { WordsMessages } from './words/messages.ts';
import type { GuideMessages } from './guide/messages.ts';

/** The app's top-level views (`?view=`). */
export type ViewId = 'scenarios' | 'capture' | 'lab';

/** The languages the product ships in. */
export type Lang = 'en' | 'ko';

/** SEQ/ACK/LEN as shown, with ACK null when the flag is clear. */
export interface NumbersText {
  seq: number;
  ack: number | null;
  len: number;
}

/** Everything the UI says. */
export interface Messages {
  lang: Lang;
  /** The language's own name, for the switch. */
  languageName: string;
  appTitle: string;
  tagline: string;
  skipToDiagram: string;

  // Settings
  language: string;
  numbers: string;
  numberMode: Record<NumberMode, string>;
  numberModeHint: Record<NumberMode, string>;

  // Scenarios
  scenario: string;
  chooseScenario: string;
  closeScenarios: string;

  // Player
  player: string;
  play: string;
  pause: string;
  stepForward: string;
  stepBack: string;
  restart: string;
  jumpToEnd: string;
  speed: string;
  speedValue: (x: number) => string;
  scrubber: string;
  stepOf: (n: number, total: number) => string;
  clock: (seconds: string) => string;
  scrubberValue: (n: number, total: number, seconds: string) => string;
  keyboardHelp: string;
  reducedMotionNote: string;

  // Lanes and states
  endpoint: Record<EndpointId, string>;
  laneState: (endpoint: string, state: TcpStateName) => string;
  timerName: Record<TimerName, string>;
  timerLeft: (timer: string, left: string) => string;
  noTimers: string;
  timers: string;

  // Ladder
  ladder: string;
  ladderDescription: string;
  segments: string;
  lost: string;
  retransmission: string;
  retransmissionShort: string;
  duplicate: string;
  delayed: (extra: string) => string;
  inFlight: string;
  gapIdle: (duration: string) => string;
  gapBusy: (duration: string) => string;
  gapTimer: (timer: TimerName, duration: string) => string;
  /** A segment's accessible name; it starts with the label as drawn (WCAG 2.5.3, label in name). */
  segmentAria: (args: {
    label: string;
    n: number;
    from: string;
    to: string;
    status: string[];
  }) => string;
  labelDetail: (numbers: NumbersText) => string;

  // Narration
  narration: string;
  narrationStart: (client: TcpStateName, server: TcpStateName) => string;
  narrationSend: (from: string, to: string, flags: string, numbers: NumbersText) => string;
  narrationRetransmit: (n: number) => string;
  narrationDuplicate: (n: number) => string;
  narrationDeliver: (to: string, flags: string, numbers: NumbersText) => string;
  narrationDrop: (from: string, flags: string) => string;
  narrationState: (endpoint: string, from: TcpStateName, to: TcpStateName) => string;
  narrationTimer: (endpoint: string, timer: TimerName, duration: string | null) => string;
  narrationCall: (endpoint: string, call: CallEvent['call'], bytes: number | null) => string;
  narrationCallError: (error: string) => string;
  narrationUnknown: (id: number) => string;
  arithmetic: (a: AckArithmetic) => string;
  ackTermWhy: Record<'syn' | 'fin' | 'len', string>;
  why: string;
  /** Shown under core reasons while they exist only in English; null in English. */
  reasonLanguageNote: string | null;
  reasonsAbsolute: string;

  // Inspector
  inspector: string;
  inspectorHint: string;
  segmentTitle: (n: number, from: string, to: string) => string;
  field: {
    srcPort: string;
    dstPort: string;
    seq: string;
    ack: string;
    flags: string;
    window: string;
    options: string;
    len: string;
    status: string;
  };
  optionMss: (mss: number) => string;
  optionWindowScale: (shift: number) => string;
  optionSackPermitted: string;
  optionSack: string;
  optionTimestamps: string;
  noOptions: string;
  notSet: string;
  statusDelivered: string;
  statusLost: string;
  statusInFlight: string;
  statusNotSent: string;
  statusRetransmissionOf: (n: number) => string;
  statusDuplicateOf: (n: number) => string;
  statusDelayed: (extra: string) => string;
  statusFirst: string;
  closeInspector: string;

  // State diagram
  stateDiagram: string;
  stateDiagramDescription: string;
  showExceptional: string;
  legendCurrent: string;
  justTaken: (endpoint: string, from: TcpStateName, to: TcpStateName) => string;
  noTransitionYet: string;

  // Units
  /** A duration in milliseconds, as this language writes it (one Intl-based function). */
  duration: (ms: number) => string;
  loading: string;

  /**
   * Templates for the core's reason codes (`{name}` placeholders filled from `why.params`). A
   * code without a template falls back to the core's English sentence.
   */
  reasonTemplates: Readonly<Record<string, string>>;

  /** The ladder's scrollable area, focusable so a keyboard can scroll it. */
  ladderScrollArea: string;

  // Views
  views: string;
  viewName: Record<ViewId, string>;

  // ---- the stage's layout: phone sheet, presentation zoom ----
  stage: StageMessages;

  // ---- load failures, view errors, updates ----
  recovery: RecoveryMessages;

  // ---- causes, what applications are told, forged addresses ----
  words: WordsMessages;

  // ---- share, embed, present, export ----
  share: ShareMessages;
  // ---- guidance: the first-run tour, the ladder's legend, dense runs ----
  guide: GuideMessages;
}

/**
 * The catalogues that load with their feature, not with the first view: each feature's
 * `catalogues.ts` holds them in every language, and only the feature's own (lazily loaded)
 * components import it, through `useMessagesWith` (src/ui/run).
 */
export interface FeatureMessages {
  capture: CaptureMessages;
  lab: LabMessages;
  /** A run that passed its work budget (the Lab's). */
  budget: BudgetMessages;
  glossary: GlossaryMessages;
  /** The first-run tour's dialog. */
  tour: TourMessages;
  /** The ladder's legend. */
  legend: LegendMessages;
  /** The Share, Embed and Export dialogs. */
  shareDialogs: ShareDialogMessages;
  /** The TCB panel and the sequence line. */
  tcb: TcbMessages;
  /** A Linux-profile run's reasons (the kernel behaviours it names). */
  linux: LinuxMessages;
}

/** A feature whose catalogue loads with it. */
export type Feature = keyof FeatureMessages;

/** The first view's messages with some features' catalogues. */
export type MessagesWith<F extends Feature> = Messages & Pick<FeatureMessages, F>;

/** Some features' catalogues, in every language. */
export type Catalogues<F extends Feature> = Readonly<Record<Lang, Pick<FeatureMessages, F>>>;
