/** English glossary of states, flags and numbers. */
import type { GlossaryMessages } from './messages.ts';

export const glossaryEn: GlossaryMessages = {
  title: 'Glossary',
  intro: 'The states are named as RFC 9293 names them, so the diagram and the RFC read the same.',
  statesHeading: 'Connection states (RFC 9293 §3.3.2)',
  flagsHeading: 'Control flags',
  termsHeading: 'Numbers and timers',
  states: {
    CLOSED: 'No connection at all: nothing is remembered about it.',
    LISTEN: 'A server waits for a connection request (a SYN) from any client.',
    'SYN-SENT': 'It has sent its SYN and waits for the peer’s SYN and an ACK of its own.',
    'SYN-RECEIVED':
      'It has received a SYN and sent its own; it waits for the ACK that confirms it.',
    ESTABLISHED: 'The connection is open: data flows both ways.',
    'FIN-WAIT-1':
      'It has closed its side and sent a FIN; it waits for the ACK of that FIN or the peer’s FIN.',
    'FIN-WAIT-2': 'Its FIN is acknowledged; it waits for the peer to close (the peer’s FIN).',
    'CLOSE-WAIT':
      'The peer has closed its side (its FIN arrived); it waits for its own application to close.',
    CLOSING: 'Both sides sent a FIN at the same time; it waits for the ACK of its own FIN.',
    'LAST-ACK': 'It closed after the peer did; it waits for the ACK of its FIN, then it is gone.',
    'TIME-WAIT':
      'It sent the last ACK; it waits 2 MSL so a lost ACK can be repeated and old segments die out.',
  },
  flags: {
    CWR: {
      name: 'Congestion Window Reduced',
      meaning: 'The sender slowed down after an ECE (ECN).',
    },
    ECE: { name: 'ECN-Echo', meaning: 'The network marked congestion on the way (ECN).' },
    URG: { name: 'Urgent', meaning: 'The urgent pointer field counts; almost never used today.' },
    ACK: {
      name: 'Acknowledgment',
      meaning: 'The acknowledgment number counts. Every segment after the first SYN carries it.',
    },
    PSH: { name: 'Push', meaning: 'Deliver the data to the application without waiting for more.' },
    RST: { name: 'Reset', meaning: 'Abort: the connection is refused or torn down at once.' },
    SYN: {
      name: 'Synchronize',
      meaning: 'Opens a connection and carries the ISN. It takes one sequence number.',
    },
    FIN: {
      name: 'Finish',
      meaning: 'The sender has no more data: it closes its side. It takes one sequence number.',
    },
  },
  terms: {
    isn: {
      term: 'ISN',
      meaning: 'Initial sequence number: where a side starts counting its bytes.',
    },
    seq: {
      term: 'SEQ',
      meaning:
        'The number of the segment’s first byte (or of its SYN or FIN) in the sender’s count.',
    },
    ack: {
      term: 'Acknowledgment number (ACK)',
      meaning: 'The next number the receiver expects: SEQ + LEN, plus one for a SYN or a FIN.',
    },
    len: { term: 'LEN', meaning: 'How many bytes of data the segment carries.' },
    window: { term: 'Window', meaning: 'How many more bytes the receiver can take right now.' },
    mss: { term: 'MSS', meaning: 'Maximum segment size: the most data one segment may carry.' },
    rto: {
      term: 'RTO',
      meaning:
        'Retransmission timeout: if no ACK comes in time, the segment is sent again (RFC 6298).',
    },
    msl: {
      term: 'MSL',
      meaning: 'Maximum segment lifetime (2 minutes in RFC 9293); TIME-WAIT lasts 2 MSL.',
    },
  },
};
