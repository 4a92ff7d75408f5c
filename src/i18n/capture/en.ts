/** The capture view in English. */
import { formatDuration } from '../duration.ts';
import type { CaptureMessages } from './messages.ts';

export const captureEn: CaptureMessages = {
  heading: 'Open a capture',
  intro:
    'Watch a real TCP connection from a .pcap or .pcapng file (tcpdump, Wireshark): pick a conversation and step through it like a scenario.',
  dropZone: 'Capture file drop zone',
  dropHint: 'Drop a .pcap or .pcapng file here, or',
  dropActive: 'Drop the file to open it',
  chooseFile: 'Choose a file…',
  openAnother: 'Open another file…',
  privacy: 'The file is read in your browser; nothing is uploaded.',
  samplesHeading: 'Or try a sample (captured on Linux, over loopback)',
  sample: {
    'client-close': {
      title: 'Normal close, client first',
      description:
        'Handshake, a request and a reply, then the client closes first and ends in TIME-WAIT.',
    },
    'simultaneous-close': {
      title: 'Simultaneous close',
      description: 'Both sides send FIN at once: the FINs cross and both pass through CLOSING.',
    },
    'half-close': {
      title: 'Half-close',
      description:
        'The client shuts down its sending side and keeps receiving data until the server closes.',
    },
    refused: {
      title: 'Connection refused',
      description: 'A SYN to a port where nothing listens is answered with a reset.',
    },
  },
  fetching: (file) => `Fetching ${file}…`,
  reading: (file) => `Reading ${file}…`,
  progress: ({ percent, read, total, packets }) =>
    `${percent === null ? '' : `${percent}% · `}${total === null ? read : `${read} of ${total}`} · ${packets.toLocaleString('en-US')} ${packets === 1 ? 'packet' : 'packets'}`,
  cancel: 'Cancel',
  cancelled: (file) => `Stopped opening ${file}.`,
  stillShowing: (file) => `Still showing ${file}.`,
  dismiss: 'Dismiss',
  openFailed: (file) => `Could not open ${file}`,
  errorHelp: {
    'empty-file': 'The file is empty.',
    'unknown-format':
      'This is not a pcap or pcapng capture: its first bytes are not a capture file’s signature. Save the capture as pcap or pcapng (in Wireshark: File › Save As).',
    'compressed-file':
      'The file is compressed. Decompress it first (for example with gunzip), then open the .pcap or .pcapng inside.',
    'truncated-file-header':
      'The file ends inside its header: it was cut short, perhaps by an interrupted download or copy.',
    'unsupported-version': 'This version of the capture format is not supported.',
    'bad-first-block':
      'The pcapng file does not start with a section header block, so it cannot be read.',
    'no-packets': 'No packet could be read from the capture.',
    'no-tcp': 'The capture holds no TCP at all, so there is no connection to show.',
    'read-failed':
      'The browser could not read the file. Was it moved or changed while it was being read?',
    'no-such-stream': 'That conversation is not in the capture.',
    'internal-error':
      'The capture reader hit a bug. Please report it, with the file if you can share it.',
  },
  location: ({ packet, block, offset }) =>
    `Where: ${packet === null ? '' : `packet ${packet.toLocaleString('en-US')}${block === null ? '' : ` (block ${block.toLocaleString('en-US')})`}, `}${packet === null && block !== null ? `block ${block.toLocaleString('en-US')}, ` : ''}byte ${offset.toLocaleString('en-US')} of the file.`,
  readerSays: 'The reader’s message',
  readBefore: (frames) =>
    `${frames.toLocaleString('en-US')} ${frames === 1 ? 'packet was' : 'packets were'} read before this.`,
  crashed: 'The capture reader stopped unexpectedly.',
  sampleUnavailable: 'The sample could not be fetched.',
  fileFacts: ({ format, linkTypes, packets, size }) =>
    `${format} · ${linkTypes} · ${packets.toLocaleString('en-US')} ${packets === 1 ? 'packet' : 'packets'} · ${size}`,
  incomplete: 'Reading stopped before the end of the file; everything before that point is shown.',
  warnings: (count) =>
    `${count.toLocaleString('en-US')} ${count === 1 ? 'warning' : 'warnings'} while reading`,
  warning: {
    'truncated-packet': (n) =>
      n === 1
        ? '1 packet cut short: the file ends in the middle of it'
        : `${n.toLocaleString('en-US')} packets cut short: the file ends in the middle of a packet`,
    'trailing-bytes': () => 'Stray bytes after the last packet were ignored',
    'snap-length-exceeded': (n) =>
      `${n === 1 ? '1 packet' : `${n.toLocaleString('en-US')} packets`} longer than the capture’s snap length`,
    'framing-lost': () => 'Reading stopped: the packet framing was lost',
    'malformed-block': (n) =>
      `${n === 1 ? '1 malformed block' : `${n.toLocaleString('en-US')} malformed blocks`} (pcapng)`,
    'limit-reached': () => 'Reading stopped at a size limit',
    'unknown-link-type': (n) =>
      `${n === 1 ? '1 interface' : `${n.toLocaleString('en-US')} interfaces`} with an unsupported link type: their packets were skipped`,
    'unknown-interface': (n) =>
      `${n === 1 ? '1 packet names' : `${n.toLocaleString('en-US')} packets name`} an interface that does not exist`,
    'no-timestamp': () =>
      'Simple packet blocks carry no time: each takes the time of the packet before it',
    'malformed-link-header': (n) =>
      `${n === 1 ? '1 packet' : `${n.toLocaleString('en-US')} packets`} skipped: malformed link-layer header`,
    'not-ip': (n) =>
      `${n === 1 ? '1 packet' : `${n.toLocaleString('en-US')} packets`} skipped: not IP`,
    'malformed-ip': (n) =>
      `${n === 1 ? '1 packet' : `${n.toLocaleString('en-US')} packets`} skipped: malformed IP header`,
    'ip-fragment': (n) =>
      `${n === 1 ? '1 packet' : `${n.toLocaleString('en-US')} packets`} skipped: IP fragments`,
    'not-tcp': (n) =>
      `${n === 1 ? '1 packet' : `${n.toLocaleString('en-US')} packets`} skipped: not TCP`,
    'truncated-tcp-header': (n) =>
      `${n === 1 ? '1 packet' : `${n.toLocaleString('en-US')} packets`} skipped: TCP header cut short`,
    'truncated-tcp-options': (n) =>
      `${n === 1 ? '1 packet' : `${n.toLocaleString('en-US')} packets`} with TCP options cut short by the snap length`,
    'malformed-tcp': (n) =>
      `${n === 1 ? '1 packet' : `${n.toLocaleString('en-US')} packets`} with a malformed TCP header or options`,
    'internal-error': (n) =>
      n === 1 ? '1 internal reader error' : `${n.toLocaleString('en-US')} internal reader errors`,
  },
  skippedByProtocol: (list) => `Skipped, by protocol: ${list}`,
  firstOfEach: 'The first of each kind:',
  conversations: 'TCP conversations',
  conversationsNote: (shown, total) =>
    shown < total
      ? `Listing the first ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} conversations.`
      : `${total.toLocaleString('en-US')} ${total === 1 ? 'conversation' : 'conversations'}, numbered in order of first appearance as tshark’s tcp.stream.`,
  abNote: 'A sent the first captured packet of the conversation.',
  column: {
    stream: 'Stream',
    a: 'Endpoint A',
    b: 'Endpoint B',
    packets: 'Packets',
    bytes: 'Bytes',
    duration: 'Duration',
    handshake: 'Handshake',
    close: 'Close',
  },
  handshake: { yes: 'Yes', no: 'No' },
  close: { fin: 'FIN', rst: 'RST', both: 'FIN and RST', none: 'None' },
  stream: (n) => `Stream ${n}`,
  showMore: (n) => `Show ${n.toLocaleString('en-US')} more`,
  seconds: (value) => `${value} s`,
  chooseConversation:
    'Choose a conversation to play it: lanes, states, narration and the inspector work as for the scenarios.',
  loadingConversation: (stream) => `Building the trace of stream ${stream}…`,
  conversationFailed: (stream) => `Stream ${stream} could not be shown.`,
  tooLarge: (stream, packets, max) =>
    `Stream ${stream} has ${packets.toLocaleString('en-US')} packets; the player draws at most ${max.toLocaleString('en-US')}. The trace command prints it in full: npm run --silent trace -- FILE --stream ${stream}`,
  playing: ({ stream, client, server }) => `Stream ${stream}: client ${client} → server ${server}`,
  playerDescription: ({ file, stream, packets }) =>
    `Captured: ${file}, stream ${stream}, ${packets.toLocaleString('en-US')} ${packets === 1 ? 'packet' : 'packets'}. The states are inferred from the segments.`,
  notesHeading: 'This capture and the textbook',
  noteGroup: {
    textbook: 'Where it departs from the textbook exchange',
    stack: 'What real stacks do that the simulator does not',
    inferred: 'Estimated or inferred',
  },
  noNotes: 'Nothing unusual: this conversation follows the textbook exchange.',
  noteTitle: {
    retransmission: 'Retransmissions',
    'duplicate-segment': 'Duplicated packets',
    'missing-handshake': 'Incomplete handshake',
    'capture-starts-mid-connection': 'Starts mid-connection',
    'connection-refused': 'Connection refused',
    'rst-instead-of-fin': 'Reset instead of FIN',
    'three-segment-close': 'Three-segment close',
    'simultaneous-close': 'Simultaneous close',
    'capture-ends-before-close': 'No close in the capture',
    'keep-alive': 'Keep-alive probes',
    'out-of-order': 'Out of order',
    'sequence-gap': 'Missing bytes',
    'delayed-ack': 'Delayed ACKs',
    'timestamps-option': 'TCP timestamps',
    'flight-time-estimate': 'The slopes are estimates',
    'note-states-inferred': 'The states are inferred',
    other: 'Other remarks',
  },
  note: {
    retransmission: ({ frame, original, from }) =>
      original === null
        ? `Frame ${frame}: the ${from} sends again data it first sent before the capture began.`
        : `Frame ${frame}: the ${from} sends again the data of frame ${original}, because no acknowledgment came in time.`,
    duplicate: ({ frame, original }) =>
      `Frame ${frame} is an exact copy of frame ${original} (same IP ID or timestamps): the network or the capture duplicated it, and TCP discards the second copy.`,
    missingHandshake: ({ missing, frame }) =>
      missing === 'SYN'
        ? `The capture has the server’s SYN+ACK (frame ${frame}) but not the client’s SYN: it began a moment too late.`
        : missing === 'SYN-ACK'
          ? `The client’s SYN (frame ${frame}) has no SYN+ACK in the capture: the server did not answer, or the answer was not captured.`
          : `No ACK from the client follows the SYN+ACK (frame ${frame}), so the handshake does not complete in the capture.`,
    startsMidConnection: ({ frame }) =>
      `The capture begins at frame ${frame}, after the handshake: both sides start in ESTABLISHED, and the side called the client is the one seen sending first.`,
    connectionRefused: ({ syn, rst }) =>
      `The server answered the SYN (frame ${syn}) with a reset (frame ${rst}): nothing was listening on that port, so connect() fails with “connection refused”.`,
    rstInsteadOfFin: ({ frame, from, afterOwnFin, afterPeerFin }) =>
      `The ${from} ends the connection with RST (frame ${frame}) instead of the FIN exchange${
        afterOwnFin
          ? ', after its own FIN: data still arrived after it closed, or it gave up waiting.'
          : afterPeerFin
            ? ', after the peer’s FIN: a common way to close fast (an HTTP client after the response, for one) and skip TIME-WAIT.'
            : ': an abort (SO_LINGER with a zero timeout, or closing with unread data). Both sides go straight to CLOSED, with no TIME-WAIT.'
      }`,
    threeSegmentClose: ({ fin, finAck, ack, closer }) =>
      `The ${closer}’s FIN (frame ${fin}) is acknowledged by the peer’s own FIN+ACK (frame ${finAck}), not by a separate ACK first: the peer was delaying its ACK when its application closed, so the ACK rode on the FIN. The textbook draws four segments; here there are three${ack === null ? '' : `, the last being the ACK in frame ${ack}`}.`,
    simultaneousClose: ({ clientFin, serverFin }) =>
      `The FINs cross (client: frame ${clientFin}, server: frame ${serverFin}): each side sent its FIN before the other’s arrived, so both go through CLOSING to TIME-WAIT.`,
    endsBeforeClose: ({ clientFin, serverFin }) =>
      clientFin
        ? 'Only the client’s FIN was captured: the capture ends before the server closed its side.'
        : serverFin
          ? 'Only the server’s FIN was captured: the capture ends before the client closed its side.'
          : 'The capture ends while the connection is still open: no FIN or RST was captured.',
    keepAlive: ({ frame, from }) =>
      `Frame ${frame}: a keep-alive probe from the ${from}, sending one old byte (or none) to check that the idle peer is still there.`,
    outOfOrder: ({ frame, from }) =>
      `Frame ${frame} from the ${from} fills a hole below data already seen: it was sent earlier and arrived (or was captured) late; it is not a retransmission.`,
    sequenceGap: ({ frame, from, bytes }) =>
      `Before frame ${frame}, ${bytes.toLocaleString('en-US')} ${bytes === 1 ? 'byte' : 'bytes'} from the ${from} are missing from the capture: lost before the capture point, or dropped by the capture itself.`,
    delayedAck: ({ ack, data, from, delay }) =>
      `The ${from} waited ${delay} before acknowledging frame ${data} (with frame ${ack}): its delayed-ACK timer, hoping to send the ACK along with data (Linux waits at least ${formatDuration('en', 40)}). The simulator acknowledges at once.`,
    timestamps: ({ frame, segments, client, server }) =>
      `${segments.toLocaleString('en-US')} ${segments === 1 ? 'segment carries' : 'segments carry'} the timestamps option (RFC 7323), from frame ${frame}${client && server ? ', on both sides' : client ? ', from the client only' : ', from the server only'}. Real stacks use it to measure round trips and to reject old segments once sequence numbers wrap. The simulator does not send it.`,
    flightEstimate: ({ clientSide, serverSide, basis, capturePoint }) =>
      `A capture records when each segment passed the capture point, not when it left or arrived. The arrows assume ${clientSide} one way between the client and the capture point and ${serverSide} between the capture point and the server, ${
        basis === 'handshake'
          ? 'measured from the handshake'
          : basis === 'partial-handshake'
            ? 'measured from the SYN and its answer'
            : basis === 'data-and-acks'
              ? 'measured from data and the ACKs that answer it'
              : 'with nothing to measure them from'
      }${
        capturePoint === 'near-client'
          ? ': the capture was taken near the client.'
          : capturePoint === 'near-server'
            ? ': the capture was taken near the server.'
            : capturePoint === 'between'
              ? ': the capture point lies somewhere between the two.'
              : '.'
      }`,
    statesInferred:
      'A capture holds segments, not states. The states shown come from replaying the segments through the simulator’s endpoint machine; they match what Linux reports for the sample captures, but the real stacks’ timers (when TIME-WAIT ends, for one) are not in the capture.',
    other: (code) => `The importer notes “${code}”.`,
  },
  moreOfKind: (n) => `…and ${n.toLocaleString('en-US')} more not listed.`,
  frame: (n) => `frame ${n}`,
  showFrame: (n) => `Show frame ${n} in the player`,
  shownFrame: (frame, step) => `Frame ${frame} is step ${step} of the player.`,
  frameNotShown: (frame) => `Frame ${frame} is not in this conversation’s player.`,
};
