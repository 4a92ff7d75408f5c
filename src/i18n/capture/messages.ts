/** What the capture view says: opening a file, its conversations, and the notes on one. */
import type { EndpointId } from '../../sim/index.ts';
import type { FatalCode, NoteKind, WarningCode } from '../../capture/index.ts';

export interface CaptureMessages {
  heading: string;
  intro: string;
  dropZone: string;
  dropHint: string;
  dropActive: string;
  chooseFile: string;
  openAnother: string;
  privacy: string;
  samplesHeading: string;
  sample: Record<
    'client-close' | 'simultaneous-close' | 'half-close' | 'refused',
    { title: string; description: string }
  >;
  fetching: (file: string) => string;
  reading: (file: string) => string;
  progress: (p: {
    percent: number | null;
    read: string;
    total: string | null;
    packets: number;
  }) => string;
  cancel: string;
  cancelled: (file: string) => string;
  stillShowing: (file: string) => string;
  dismiss: string;
  openFailed: (file: string) => string;
  errorHelp: Record<FatalCode, string>;
  location: (at: { packet: number | null; block: number | null; offset: number }) => string;
  readerSays: string;
  readBefore: (frames: number) => string;
  crashed: string;
  sampleUnavailable: string;
  fileFacts: (f: { format: string; linkTypes: string; packets: number; size: string }) => string;
  incomplete: string;
  warnings: (count: number) => string;
  warning: Record<WarningCode, (count: number) => string>;
  skippedByProtocol: (list: string) => string;
  firstOfEach: string;
  conversations: string;
  conversationsNote: (shown: number, total: number) => string;
  abNote: string;
  column: Record<
    'stream' | 'a' | 'b' | 'packets' | 'bytes' | 'duration' | 'handshake' | 'close',
    string
  >;
  handshake: Record<'yes' | 'no', string>;
  close: Record<'fin' | 'rst' | 'both' | 'none', string>;
  stream: (n: number) => string;
  showMore: (n: number) => string;
  seconds: (value: string) => string;
  chooseConversation: string;
  loadingConversation: (stream: number) => string;
  conversationFailed: (stream: number) => string;
  tooLarge: (stream: number, packets: number, max: number) => string;
  playing: (p: { stream: number; client: string; server: string }) => string;
  playerDescription: (p: { file: string; stream: number; packets: number }) => string;
  notesHeading: string;
  noteGroup: Record<'textbook' | 'stack' | 'inferred', string>;
  noNotes: string;
  noteTitle: Record<NoteKind, string>;
  note: {
    retransmission: (a: { frame: number; original: number | null; from: EndpointId }) => string;
    duplicate: (a: { frame: number; original: number }) => string;
    missingHandshake: (a: { missing: 'SYN' | 'SYN-ACK' | 'ACK'; frame: number }) => string;
    startsMidConnection: (a: { frame: number }) => string;
    connectionRefused: (a: { syn: number; rst: number }) => string;
    rstInsteadOfFin: (a: {
      frame: number;
      from: EndpointId;
      afterOwnFin: boolean;
      afterPeerFin: boolean;
    }) => string;
    threeSegmentClose: (a: {
      fin: number;
      finAck: number;
      ack: number | null;
      closer: EndpointId;
    }) => string;
    simultaneousClose: (a: { clientFin: number; serverFin: number }) => string;
    endsBeforeClose: (a: { clientFin: boolean; serverFin: boolean }) => string;
    keepAlive: (a: { frame: number; from: EndpointId }) => string;
    outOfOrder: (a: { frame: number; from: EndpointId }) => string;
    sequenceGap: (a: { frame: number; from: EndpointId; bytes: number }) => string;
    delayedAck: (a: { ack: number; data: number; from: EndpointId; delay: string }) => string;
    timestamps: (a: {
      frame: number;
      segments: number;
      client: boolean;
      server: boolean;
    }) => string;
    flightEstimate: (a: {
      clientSide: string;
      serverSide: string;
      basis: 'handshake' | 'partial-handshake' | 'data-and-acks' | 'none';
      capturePoint: 'near-client' | 'near-server' | 'between' | 'unknown';
    }) => string;
    statesInferred: string;
    other: (code: string) => string;
  };
  moreOfKind: (n: number) => string;
  frame: (n: number) => string;
  showFrame: (n: number) => string;
  shownFrame: (frame: number, step: number) => string;
  frameNotShown: (frame: number) => string;
}
