/** English: causes, what applications are told, forged addresses. */
import type { NumbersText, WordsMessages } from './messages.ts';

const nums = (n: NumbersText): string =>
  n.ack === null ? `SEQ ${n.seq}, LEN ${n.len}` : `SEQ ${n.seq}, ACK ${n.ack}, LEN ${n.len}`;

const possessive = (endpoint: string): string => `The ${endpoint.toLowerCase()}’s`;

export const wordsEn: WordsMessages = {
  cause: {
    listen: 'listen() called',
    connect: 'connect() called',
    close: 'close() called (CLOSE)',
    abort: 'abort() called (ABORT)',
    'rcv-syn': 'SYN received',
    'rcv-syn-ack': 'SYN+ACK received',
    'rcv-ack': 'ACK received',
    'rcv-fin': 'FIN received',
    'rcv-fin-ack': 'FIN+ACK received',
    'rcv-rst': 'RST received',
    timeout: 'retransmissions ran out (time-out)',
    'time-wait': '2 MSL passed',
  },
  transitionCaption: (who, from, to, cause) => `${who}: ${from} → ${to}, ${cause}`,
  told: (endpoint, code) => {
    const app = `${possessive(endpoint)} application`;
    switch (code) {
      case 'notice-connection-reset':
        return `${app} is told: connection reset.`;
      case 'notice-connection-refused':
        return `${app} is told: connection refused.`;
      case 'notice-timed-out':
        return `${app} is told: connection timed out.`;
      case 'notice-end-of-stream':
        return `${app} reads end of stream: the peer will send no more data.`;
      case 'notice-data-held':
        return `${app} can now read the data that was held out of order.`;
    }
  },
  notTold: (endpoint) =>
    `${possessive(endpoint)} TCP handles this segment itself; its application is not told.`,
  sendForged: (flags, address, n) =>
    `An attacker sends ${flags} with its source forged as ${address}: ${nums(n)}.`,
  sendForgedAs: (as, to, flags, n) =>
    `An off-path attacker sends ${flags} to the ${to.toLowerCase()}, forged to come from the ${as.toLowerCase()}: ${nums(n)}.`,
  forged: 'forged',
  sendToForged: (from, flags, address, n) =>
    `${from} sends ${flags} to the forged address ${address}, where no host answers: ${nums(n)}.`,
  spoofedFrom: (address) => `from ${address}`,
  spoofedTo: (address) => `to ${address}`,
};
