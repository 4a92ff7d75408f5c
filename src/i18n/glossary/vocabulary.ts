/**
 * One term per concept in each language. The catalogues (UI, narration, quiz, exports, error
 * messages) spell these concepts only this way; `variants` are the other spellings a translator
 * might reach for, which tests/i18n/vocabulary.test.ts refuses anywhere in the catalogues.
 */
import type { Lang } from '../messages.ts';

interface Term {
  en: string;
  ko: string;
  /** Spellings of the same concept that must not appear, per language. */
  variants: Readonly<Record<Lang, readonly string[]>>;
}

export const VOCABULARY = {
  sequenceNumber: {
    en: 'sequence number',
    ko: '순서 번호',
    variants: { en: ['seq number', 'sequence no.'], ko: ['시퀀스 번호', '일련 번호', '순서번호'] },
  },
  initialSequenceNumber: {
    en: 'initial sequence number',
    ko: '초기 순서 번호',
    variants: { en: [], ko: ['초기 시퀀스 번호', '초기 일련 번호'] },
  },
  sequenceSpace: {
    en: 'sequence space',
    ko: '순서 번호 공간',
    variants: { en: [], ko: ['시퀀스 공간', '순서 공간'] },
  },
  acknowledgmentNumber: {
    en: 'acknowledgment number',
    ko: '확인 응답 번호',
    variants: {
      en: ['acknowledgement number', 'ack number'],
      ko: ['ACK 번호', '확인응답 번호', '승인 번호'],
    },
  },
  endpoint: {
    en: 'endpoint',
    ko: '종단점',
    variants: { en: ['end point', 'end-point'], ko: ['엔드포인트', '끝점'] },
  },
  stateMachine: {
    en: 'state machine',
    ko: '상태 기계',
    variants: { en: [], ko: ['상태 머신', '엔드포인트 머신'] },
  },
  reset: { en: 'reset', ko: '리셋', variants: { en: [], ko: ['재설정'] } },
  handshake: { en: 'handshake', ko: '핸드셰이크', variants: { en: [], ko: ['핸드쉐이크'] } },
  halfClose: {
    en: 'half-close',
    ko: '하프 클로즈',
    variants: { en: ['half close'], ko: ['반쪽 닫기', '절반 닫기'] },
  },
  timedOut: {
    en: 'time-out',
    ko: '시간 초과',
    variants: { en: [], ko: ['타임아웃'] },
  },
} as const satisfies Record<string, Term>;

/** A concept of the vocabulary. */
export type Concept = keyof typeof VOCABULARY;

/** The one spelling of `concept` in `lang`. */
export function term(lang: Lang, concept: Concept): string {
  return VOCABULARY[concept][lang];
}
