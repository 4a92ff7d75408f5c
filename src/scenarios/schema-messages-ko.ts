/**
 * The scenario schema's messages in Korean. The schema says every problem in English (its own
 * words, or zod's); a Korean reader gets the same message in Korean: ours from this table, zod's
 * own rendered again from the issue by zod's Korean locale (zod v4 `locales/ko`).
 */
import type { z } from 'zod';
import ko from 'zod/v4/locales/ko.js';

/** What the schema calls each kind of value (`expected ${label}`), in Korean. */
const LABELS: Readonly<Record<string, string>> = {
  'a sequence number (0 to 4294967295)': '순서 번호(0부터 4294967295까지)',
  'a port number': '포트 번호',
  'a window size in bytes': '바이트 단위의 윈도 크기',
  'a maximum segment size in bytes': '바이트 단위의 최대 세그먼트 크기',
  'a window-scale shift (0 to 14) or null': '윈도 스케일 시프트(0부터 14까지) 또는 null',
  'a segment index (from 1)': '세그먼트 번호(1부터)',
  'a time in ms': '밀리초 단위의 시각',
  'a byte count': '바이트 수',
  'a seed (0 to 4294967295)': '시드(0부터 4294967295까지)',
  'a retry count': '재전송 횟수',
  'a list of events': '이벤트 목록',
  text: '텍스트',
  'true or false': 'true 또는 false',
  'one of client, server': 'client, server 중 하나',
  'one of rfc9293, linux': 'rfc9293, linux 중 하나',
  'one of listen, connect, send, close, abort': 'listen, connect, send, close, abort 중 하나',
  'text, or { "en": text, "ko": text }': '텍스트, 또는 { "en": 텍스트, "ko": 텍스트 }',
  'a time in ms, or { clientToServer, serverToClient }':
    '밀리초 단위의 시각, 또는 { clientToServer, serverToClient }',
  'a whole number': '정수',
  'one of SYN, ACK, FIN, RST, PSH': 'SYN, ACK, FIN, RST, PSH 중 하나',
  'a list of flags': '플래그 목록',
  'a list of forged segments': '위조 세그먼트 목록',
  'a list of sequence numbers': '순서 번호 목록',
  'a sequence number (0 to 4294967295), or a list of them':
    '순서 번호(0부터 4294967295까지) 또는 그 목록',
};

/** "…이어야" after a closed syllable, "…여야" after an open one (하나여야, 목록이어야). */
function mustBe(word: string): string {
  const code = word.codePointAt(word.length - 1) ?? 0;
  const hangul = code >= 0xac00 && code <= 0xd7a3;
  const open = hangul && (code - 0xac00) % 28 === 0;
  return `${word}${open ? '여야' : '이어야'} 합니다`;
}

/** Our own messages, English pattern -> Korean. */
const OURS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^expected (.+)$/, (m) => mustBe(LABELS[m[1] ?? ''] ?? m[1] ?? '')],
  [/^must be at least (\d+)$/, (m) => `${m[1] ?? ''} 이상이어야 합니다`],
  [/^must be at most (\d+)$/, (m) => `${m[1] ?? ''} 이하여야 합니다`],
  [/^must be at most 300 characters$/, () => '300자 이하여야 합니다'],
  [/^must not be empty$/, () => '비어 있으면 안 됩니다'],
  [/^at most 10000 events$/, () => '이벤트는 10000개 이하여야 합니다'],
  [/^at most 100 forged segments$/, () => '위조 세그먼트는 100개 이하여야 합니다'],
  [/^at most 100 ISNs$/, () => 'ISN은 100개 이하여야 합니다'],
  [/^must be at most 64 characters$/, () => '64자 이하여야 합니다'],
  [/^ACK needs ack$/, () => 'ACK 플래그에는 ack가 필요합니다'],
  [/^ack only goes with the ACK flag$/, () => 'ack는 ACK 플래그가 있을 때만 쓸 수 있습니다'],
  [
    /^use 1 to 64 lowercase letters, digits and dashes$/,
    () => '영문 소문자, 숫자, 대시(-)로 1자에서 64자까지 쓰세요',
  ],
  [/^send needs bytes$/, () => 'send에는 bytes가 필요합니다'],
  [
    /^bytes only goes with send, not (\w+)$/,
    (m) => `bytes는 send에만 쓸 수 있고 ${m[1] ?? ''}에는 쓸 수 없습니다`,
  ],
  [
    /^the sends add up to (\d+) bytes; at most (\d+)$/,
    (m) => `send를 모두 더하면 ${m[1] ?? ''}바이트입니다. 최대 ${m[2] ?? ''}바이트까지입니다`,
  ],
  [/^must not exceed rto\.maxMs$/, () => 'rto.maxMs보다 클 수 없습니다'],
  [
    /^with windowScale (\d+) the window must be at least (\d+) bytes, or it is advertised as 0$/,
    (m) =>
      `windowScale이 ${m[1] ?? ''}이면 윈도는 ${m[2] ?? ''}바이트 이상이어야 합니다. 그보다 작으면 0으로 광고됩니다`,
  ],
  [
    /^a window over 65535 needs windowScale \(RFC 7323\)$/,
    () => '65535보다 큰 윈도에는 windowScale이 필요합니다(RFC 7323)',
  ],
  [/^unknown fields? (.+)$/, (m) => `알 수 없는 필드 ${m[1] ?? ''}`],
  [/^not valid JSON: (.+)$/, (m) => `올바른 JSON이 아닙니다(브라우저의 설명: ${m[1] ?? ''})`],
];

const zodKo = ko().localeError;

/** A schema message in Korean: ours by the table, zod's own from the issue by zod's locale. */
export function koreanIssueMessage(english: string, issue: z.core.$ZodIssue | null): string {
  for (const [pattern, say] of OURS) {
    const m = english.match(pattern);
    if (m !== null) return say(m);
  }
  if (issue === null) return english;
  const rendered = zodKo(issue as Parameters<typeof zodKo>[0]);
  if (typeof rendered === 'string') return rendered;
  return rendered?.message ?? english;
}

/** `(top level)` in Korean. */
export const KO_TOP_LEVEL = '(최상위)';
