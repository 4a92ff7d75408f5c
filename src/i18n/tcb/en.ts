/** The TCB panel in English. */
import type { TcbMessages } from './messages.ts';

export const tcbEn: TcbMessages = {
  title: 'TCB: each side’s variables',
  intro: 'The transmission control block (RFC 9293 §3.3.1) of each endpoint after this step.',
  inferred: 'Inferred: replayed from the captured segments, not read from the endpoints.',
  inferredTag: 'inferred',
  loading: 'Loading the TCB…',
  unavailable: 'This run carries no TCB values.',
  noConnectionYet: 'No connection yet: this side has no TCB.',
  closed: 'Connection closed: the TCB is deleted (RFC 9293 §3.10.7.1).',
  variable: 'Variable',
  value: 'Value',
  meaning: 'Meaning',
  changedFrom: (old) => `changed, was ${old}`,
  notYet: 'not yet known',
  bytes: (n) => `${n} bytes`,
  rows: {
    iss: { name: 'ISS', meaning: 'the initial sequence number this side chose' },
    irs: { name: 'IRS', meaning: 'the initial sequence number received from the other side' },
    sndUna: {
      name: 'SND.UNA',
      meaning: 'the oldest sequence number sent and not yet acknowledged',
    },
    sndNxt: { name: 'SND.NXT', meaning: 'the next sequence number this side will send' },
    sndWnd: { name: 'SND.WND', meaning: 'how many bytes the other side lets this side send' },
    rcvNxt: {
      name: 'RCV.NXT',
      meaning: 'the next sequence number this side expects: the ACK it sends',
    },
    rcvWnd: { name: 'RCV.WND', meaning: 'how many bytes this side can still receive' },
    mss: { name: 'MSS', meaning: 'the most data bytes this side puts in one segment' },
    sndScale: {
      name: 'Snd.Wind.Shift',
      meaning: 'the other side’s window field is multiplied by 2 to this power (RFC 7323)',
    },
    rcvScale: {
      name: 'Rcv.Wind.Shift',
      meaning: 'this side’s window field is divided by 2 to this power (RFC 7323)',
    },
  },
  line: {
    title: 'The sequence space',
    direction: (from, to) => `${from} → ${to}`,
    spans: {
      syn: 'SYN',
      acked: 'acknowledged',
      unacked: 'sent, not acknowledged',
      usable: 'usable window',
      fin: 'FIN',
      segment: 'this segment',
    },
    ack: 'ACK',
    isn: 'ISN',
    wrap: '2³² → 0',
    range: (name, from, to) => `${name}: [${from}, ${to}).`,
    slot: (name, at) => `${name} takes sequence number ${at}.`,
    ackAt: (at) => `The ACK points at the next byte expected, ${at}.`,
    wrapsAt: (at) => `The numbers pass 2³² and start again at 0 after ${at}.`,
    emptySegment: (at) => `This segment takes no sequence number (at ${at}).`,
  },
};
