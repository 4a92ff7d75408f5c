/**
 * The quiz over a run: a built-in scenario or the student's own lab session. It lives in the lab
 * (not as a mode of the Scenarios view) so that it can quiz the run the student just built, and
 * so the shared player and app shell stay as they are: the quiz is a panel beside the player.
 */
import { useId, useMemo, useState } from 'react';
import { builtInScenarios, DEFAULT_SCENARIO_NAME, getScenario } from '../../../scenarios/index.ts';
import { simulate, type Trace } from '../../../sim/index.ts';
import { useMessages } from '../../run/index.ts';
import { ScenarioView } from '../../stage/index.ts';
import { scenarioOf } from '../../../lab/index.ts';
import type { LabController } from '../useLabSession.ts';
import { QuizPanel } from './QuizPanel.tsx';
import './quiz.css';

const OWN = 'lab-session';

export function QuizMode({ lab }: { lab: LabController }) {
  const t = useMessages();
  const pickerId = useId();
  const [source, setSource] = useState(DEFAULT_SCENARIO_NAME);
  const { session, version } = lab.state;
  const trace = useMemo((): Trace | null => {
    if (source === OWN) return session.actions.length === 0 ? null : simulate(scenarioOf(session));
    const scenario = getScenario(source);
    return scenario === undefined ? null : simulate(scenario);
  }, [source, session]);
  return (
    <>
      <div className="lab-toolbar">
        <label htmlFor={pickerId} className="inline-field">
          {t.lab.quizOn}
          <select
            id={pickerId}
            value={source}
            onChange={(e) => {
              setSource(e.target.value);
            }}
          >
            {builtInScenarios.map((s) => (
              <option key={s.name} value={s.name}>
                {s.title[t.lang]}
              </option>
            ))}
            <option value={OWN}>{t.lab.quizOwnSession}</option>
          </select>
        </label>
      </div>
      {trace === null ? (
        <p className="lab-notice">{t.lab.quizEmptySession}</p>
      ) : (
        <ScenarioView
          key={source === OWN ? `${OWN}-${String(version)}` : source}
          trace={trace}
          initialStep={0}
          description={null}
          childrenTab={t.lab.modeName.quiz}
        >
          <section className="panel lab-panel quiz-panel" aria-labelledby="quiz-heading">
            <h2 id="quiz-heading" className="panel-title">
              {t.lab.modeName.quiz}
            </h2>
            <div className="lab-panel-body">
              <QuizPanel />
            </div>
          </section>
        </ScenarioView>
      )}
    </>
  );
}
