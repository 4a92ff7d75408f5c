/** The few words the exports write, so a Korean reader gets a Korean export. */
import type { EndpointId, TimerName } from '../sim/index.ts';

/** Words of the text and image exports, in one language. */
export interface ExportWords {
  endpoint: Record<EndpointId, string>;
  lost: string;
  retransmission: string;
  duplicate: string;
  timerExpired: Record<TimerName, string>;
}

/** English, the default. */
export const DEFAULT_EXPORT_WORDS: ExportWords = {
  endpoint: { client: 'Client', server: 'Server' },
  lost: 'lost',
  retransmission: 'retransmission',
  duplicate: 'duplicate',
  timerExpired: {
    retransmit: 'RTO expires',
    'time-wait': '2 MSL expires',
    'delayed-ack': 'ACK delay expires',
    'fin-wait-2': 'FIN-WAIT-2 limit expires',
  },
};
