/** Turns the narration model of a step into sentences in the chosen language. */
import type { NarrationModel, ShownWhy } from '../layout/index.ts';
import { durationParamsOf, fillTemplate, type WhyValue } from '../sim/index.ts';
import type { Messages } from './index.ts';
import { isToldCode } from './words/messages.ts';

/** What the narration panel shows: a headline, optional arithmetic, and the core's reason. */
export interface NarrationText {
  headline: string;
  arithmetic: string | null;
  /** Why the arithmetic is what it is ("the SYN takes one sequence number"). */
  arithmeticWhy: string | null;
  reason: string | null;
  /** The reason is the core's English sentence: no template in this language. */
  reasonIsFallback: boolean;
  rfc: string | null;
}

/** The reason in the chosen language, from its template; the English sentence otherwise. */
function reasonIn(
  t: Messages,
  m: { reason: string; why: ShownWhy },
): { reason: string; fallback: boolean } {
  const template = t.reasonTemplates[m.why.code];
  if (template === undefined) return { reason: m.reason, fallback: true };
  // Durations are spelled by the language's one duration formatter, unit included.
  const params: Record<string, WhyValue | undefined> = { ...m.why.params };
  for (const name of durationParamsOf(m.why.code)) {
    const v = params[name];
    if (typeof v === 'number') params[name] = t.duration(v);
  }
  return { reason: fillTemplate(template, params), fallback: false };
}

function reasonFields(
  t: Messages,
  m: { reason: string; why: ShownWhy; rfc: string },
): Pick<NarrationText, 'reason' | 'reasonIsFallback' | 'rfc'> {
  const { reason, fallback } = reasonIn(t, m);
  return { reason, reasonIsFallback: fallback, rfc: m.rfc };
}

export function narrationText(model: NarrationModel, t: Messages): NarrationText {
  const none = {
    arithmetic: null,
    arithmeticWhy: null,
    reason: null,
    reasonIsFallback: false,
    rfc: null,
  };
  switch (model.kind) {
    case 'start':
      return { ...none, headline: t.narrationStart(model.client, model.server) };
    case 'send': {
      const s = model.segment;
      let headline = s.forged
        ? t.words.sendForgedAs(t.endpoint[s.from], t.endpoint[s.to], s.flags, s.numbers)
        : s.spoofedAddress === null
          ? t.narrationSend(t.endpoint[s.from], t.endpoint[s.to], s.flags, s.numbers)
          : s.from === 'client'
            ? t.words.sendForged(s.flags, s.spoofedAddress, s.numbers)
            : t.words.sendToForged(t.endpoint[s.from], s.flags, s.spoofedAddress, s.numbers);
      if (model.retransmissionOf !== null)
        headline = `${headline} ${t.narrationRetransmit(model.retransmissionOf)}`;
      if (model.duplicateOf !== null)
        headline = `${t.narrationDuplicate(model.duplicateOf)} ${headline}`;
      const a = model.arithmetic;
      const whyParts =
        a === null ? [] : a.terms.flatMap((x) => (x.kind === 'seq' ? [] : [t.ackTermWhy[x.kind]]));
      return {
        headline,
        arithmetic: a === null ? null : t.arithmetic(a),
        arithmeticWhy: whyParts.length > 0 ? whyParts.join('; ') : null,
        ...reasonFields(t, model),
      };
    }
    case 'deliver':
      return {
        ...none,
        headline: t.narrationDeliver(
          t.endpoint[model.segment.to],
          model.segment.flags,
          model.segment.numbers,
        ),
      };
    case 'drop':
      return {
        ...none,
        headline: t.narrationDrop(t.endpoint[model.segment.from], model.segment.flags),
      };
    case 'unknownSegment':
      return { ...none, headline: t.narrationUnknown(model.id) };
    case 'state':
      return {
        ...none,
        headline: t.narrationState(t.endpoint[model.endpoint], model.from, model.to),
        ...reasonFields(t, model),
      };
    case 'timer':
      return {
        ...none,
        headline: t.narrationTimer(
          t.endpoint[model.endpoint],
          model.timer,
          model.durationMs === null ? null : t.duration(model.durationMs),
        ),
      };
    case 'call':
      return {
        ...none,
        headline:
          model.error === null
            ? t.narrationCall(t.endpoint[model.endpoint], model.call, model.bytes)
            : `${t.narrationCall(t.endpoint[model.endpoint], model.call, model.bytes)} ${t.narrationCallError(model.error)}`,
      };
    case 'notice':
      return {
        ...none,
        // `notice-*` codes are what the application is told; the rest stay inside TCP.
        headline: isToldCode(model.why.code)
          ? t.words.told(t.endpoint[model.endpoint], model.why.code)
          : t.words.notTold(t.endpoint[model.endpoint]),
        ...reasonFields(t, model),
      };
  }
}
