/** The legend in English. */
import type { LegendMessages } from './messages.ts';

export const legendEn: LegendMessages = {
  title: 'What the diagram’s marks mean',
  intro: 'Time runs down the page; the client’s lane is on the left, the server’s on the right.',
  sampleLost: 'lost',
  marks: {
    segment: {
      name: 'A segment',
      meaning:
        'An arrow from sender to receiver, its slope the time in flight: flags above it, SEQ, ACK and LEN below. Client’s segments are blue, server’s orange.',
    },
    retransmission: {
      name: '↻ A retransmission',
      meaning:
        '↻ before the flags: the same bytes sent again after the timer ran out. Select one to highlight its earlier copies.',
    },
    lost: {
      name: 'Lost',
      meaning:
        'A dashed arrow that stops at a cross half-way: the network lost it, so it never arrives.',
    },
    flight: {
      name: 'In flight',
      meaning:
        'The faint line is the path a segment is on its way along; the dot is where it is now.',
    },
    burst: {
      name: 'A burst',
      meaning:
        'Segments one side sends at the same moment (a window’s worth of data, or the ACKs that answer it) are drawn as one fan with one label: the count, and each number from the first to the last. Select any of its arrows for that segment’s own label.',
    },
    band: {
      name: 'State band',
      meaning:
        'The bar along a lane is the TCP state that side is in, named beside it, coloured by phase: opening, open, closing, waiting, closed.',
    },
    rto: {
      name: 'Retransmission timer (RTO)',
      meaning:
        'A solid bar beside the lane: the dot is where the timer starts, a crossbar where it expires (no crossbar: it was stopped by an ACK).',
    },
    timeWait: {
      name: 'TIME-WAIT timer (2 MSL)',
      meaning: 'A dashed bar: the 2 MSL the closing side waits before it forgets the connection.',
    },
    compressed: {
      name: 'Compressed time',
      meaning:
        'A hatched stretch is a long wait drawn short so the run fits; its label says how long it really was.',
    },
    playhead: {
      name: 'Now',
      meaning: 'The line across both lanes is the player’s current moment.',
    },
  },
};
