/** The tour in English. */
import type { TourMessages } from './messages.ts';

export const tourEn: TourMessages = {
  title: 'A quick tour',
  stepOf: (n, total) => `${n} of ${total}`,
  skip: 'Skip the tour',
  back: 'Back',
  next: 'Next',
  done: 'Start',
  steps: {
    ladder: {
      heading: 'Two lanes, time running down',
      body: 'The left lane is the client, the right one the server; time runs down the page. Each arrow is one TCP segment: its flags above it, SEQ, ACK and LEN below. The coloured band along a lane is the state that side is in.',
    },
    stepping: {
      heading: 'Step through it',
      body: 'Step forward and back with the buttons, the arrow keys or PageUp/PageDown; Space plays and pauses. Choose another scenario from the Scenario menu: lost segments, closes, resets.',
    },
    why: {
      heading: 'Every step says why',
      body: 'The narration gives the rule behind each step (with its RFC 9293 section) and the arithmetic, such as ACK = 1000 + 1 = 1001. Select an arrow for all its fields; the Marks button on the diagram explains every mark it draws.',
    },
    views: {
      heading: 'Break it, or bring your own',
      body: 'Lab: drive both ends yourself, lose or delay segments, flood a server, or predict the next state. Open a capture: play a real .pcap or .pcapng file. The Tour button brings this tour back.',
    },
  },
};
