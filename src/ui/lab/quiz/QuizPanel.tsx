/**
 * Predict, then reveal, over the run the player holds: the panel asks the current question with
 * the player stopped just before the answer, checks the student's picks, then moves the player
 * on to show what really happened, with the rule from the core's own reason.
 */
import { useMemo, useState } from 'react';
import { narrationFor } from '../../../layout/index.ts';
import {
  useMessagesWith,
  useNumberMode,
  usePlayerActor,
  useRun,
  useCursor,
} from '../../run/index.ts';
import { narrationText } from '../../../i18n/index.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import {
  buildQuestions,
  partsOf,
  type QuizPart,
  partViews,
  promptOf,
  isAnswered,
  score,
  type Answers,
} from '../../../quiz/index.ts';
import { QuizScore } from './QuizScore.tsx';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';
import type { TcbTable } from '../../../sim/index.ts';

/** With the run's TCB table, arriving segments also ask what they move in the TCB. */
export function QuizPanel({ tcb }: { tcb?: TcbTable | undefined }) {
  const t = useMessagesWith(labCatalogues);
  const run = useRun();
  const mode = useNumberMode();
  const actor = usePlayerActor();
  const cursor = useCursor();
  const questions = useMemo(() => buildQuestions(run, tcb), [run, tcb]);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Answers>(() => new Map());
  const [picks, setPicks] = useState<Partial<Record<QuizPart, number>>>({});
  const [finished, setFinished] = useState(false);
  const total = score(questions, answers);
  const goTo = (step: number): void => {
    actor.send({ type: 'player.goToStep', step });
  };

  const q = questions[index];
  if (questions.length === 0) {
    return <p className="lab-hint">{t.lab.noQuestions}</p>;
  }
  if (finished || q === undefined) {
    return (
      <QuizScore
        score={total}
        onRestart={() => {
          setAnswers(new Map());
          setPicks({});
          setIndex(0);
          setFinished(false);
          goTo(0);
        }}
      />
    );
  }

  const answered = isAnswered(q, answers);
  const passed = !answered && cursor > q.askAt;
  const checked = answered || passed;
  const shownPicks = answered ? (answers.get(q.id) ?? {}) : picks;
  const parts = partViews(q, t, mode, run.bases);
  const complete = partsOf(q).every((p) => picks[p] !== undefined);
  const rule =
    q.ruleStep === null
      ? null
      : narrationText(narrationFor(run.timeline, q.ruleStep, mode, run.bases), t);
  const last = index === questions.length - 1;

  return (
    <div className="quiz">
      <p className="quiz-progress">
        <span>{t.lab.questionOf(index + 1, questions.length)}</span>
        <span>{t.lab.scoreLine(total.correct, total.answered)}</span>
      </p>
      <p className="lab-hint">
        {t.lab.isnsAre(run.trace.endpoints.client.isn, run.trace.endpoints.server.isn)}
      </p>
      {cursor < q.askAt && !checked ? (
        <button
          type="button"
          className="lab-button primary"
          onClick={() => {
            goTo(q.askAt);
          }}
        >
          {t.lab.goToQuestion}
        </button>
      ) : (
        <form
          className="quiz-question"
          onSubmit={(e) => {
            e.preventDefault();
            if (checked || !complete) return;
            setAnswers(new Map(answers).set(q.id, picks));
            goTo(q.revealAt);
          }}
        >
          <p className="quiz-prompt">{promptOf(q, t, mode, run.bases)}</p>
          {partsOf(q).includes('tcb') && <p className="lab-hint">{t.lab.tcbHint}</p>}
          {parts.map((p) => {
            const pick = shownPicks[p.part];
            return (
              <ChoiceGroup
                key={p.part}
                legend={t.lab.partName[p.part]}
                options={p.options}
                picked={pick === undefined ? null : p.options.findIndex((o) => o.index === pick)}
                checked={checked}
                onPick={(i) => {
                  const option = p.options[i];
                  if (option !== undefined) setPicks({ ...picks, [p.part]: option.index });
                }}
              />
            );
          })}
          {!checked && (
            <div className="lab-row">
              <button type="submit" className="lab-button primary" aria-disabled={!complete}>
                {t.lab.check}
              </button>
              {!complete && <span className="lab-hint">{t.lab.checkHint}</span>}
            </div>
          )}
        </form>
      )}
      {checked && (
        <div className="quiz-feedback" role="status">
          {passed && <p>{t.lab.skipped}</p>}
          {parts.map((p) => {
            const pick = shownPicks[p.part];
            const chosen = p.options.find((o) => o.index === pick);
            const right = p.options.find((o) => o.right);
            if (right === undefined) return null;
            if (chosen === undefined) {
              return (
                <p key={p.part} className="verdict">
                  <strong>{t.lab.partName[p.part]}: </strong>
                  {right.label}
                </p>
              );
            }
            return (
              <p key={p.part} className={chosen.right ? 'verdict is-right' : 'verdict is-wrong'}>
                <strong>{t.lab.partName[p.part]}: </strong>
                {chosen.right ? t.lab.right : t.lab.wrong(right.label)}
                {chosen.mistake !== null && ` ${t.lab.mistake[chosen.mistake]}`}
              </p>
            );
          })}
          {rule !== null && (rule.reason !== null || rule.arithmetic !== null) && (
            <div className="quiz-rule">
              <p className="why-label">{t.lab.theRule}</p>
              {rule.arithmetic !== null && (
                <p className="narration-arithmetic">
                  <code>{rule.arithmetic}</code>
                  {rule.arithmeticWhy !== null && (
                    <span className="arith-why">{rule.arithmeticWhy}</span>
                  )}
                </p>
              )}
              {rule.reason !== null && (
                <p>
                  {rule.reason}
                  {rule.rfc !== null && <cite className="rfc">{rule.rfc}</cite>}
                </p>
              )}
            </div>
          )}
          <div className="lab-row">
            <button
              type="button"
              className="lab-button primary"
              onClick={() => {
                setPicks({});
                if (last) {
                  setFinished(true);
                  return;
                }
                // Questions the player has already moved past are skipped.
                const nextIndex = questions.findIndex((n, i) => i > index && n.askAt >= cursor);
                const next = questions[nextIndex];
                if (next === undefined) {
                  setFinished(true);
                  return;
                }
                setIndex(nextIndex);
                goTo(next.askAt);
              }}
            >
              {last ? t.lab.finish : t.lab.nextQuestion}
            </button>
          </div>
        </div>
      )}
      {!last && (
        <button
          type="button"
          className="text-button"
          onClick={() => {
            setFinished(true);
          }}
        >
          {t.lab.finish}
        </button>
      )}
    </div>
  );
}
