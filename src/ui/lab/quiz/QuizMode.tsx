/**
 * The quiz over a run: a built-in scenario or the student's own lab session. It lives in the lab
 * (not as a mode of the Scenarios view) so that it can quiz the run the student just built, and
 * so the shared player and app shell stay as they are: the quiz is a panel beside the player.
 * The address names the run (`scenario=`, or the session in the fragment) and the step.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { builtInScenarios, DEFAULT_SCENARIO_NAME, getScenario } from '../../../scenarios/index.ts';
import { trySimulate, type TcbTable, type Trace } from '../../../sim/index.ts';
import { useMessagesWith } from '../../run/index.ts';
import { FULL_PANELS, ScenarioView } from '../../stage/index.ts';
import { scenarioOf, toScenarioFile } from '../../../lab/index.ts';
import { replaceAddress } from '../../kit/index.ts';
import { ShareTools } from '../../share/index.ts';
import type { LabShare } from '../labShare.ts';
import { SimulationStatus } from '../simulation/SimulationStatus.tsx';
import { useSimulation } from '../../simulation/index.ts';
import { sessionPayload } from '../sessionLink.ts';
import type { LabController } from '../useLabSession.ts';
import { QuizPanel } from './QuizPanel.tsx';
import { TcbSlot } from '../../tcb/index.ts';
import './quiz.css';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

const OWN = 'lab-session';

export interface QuizModeProps {
  lab: LabController;
  /** The step the address opened at, for the first run shown. */
  firstStep: number | null;
  /** The run the address named: a built-in scenario's name, or 'own' for the session. */
  firstSource: string | null;
  share: LabShare;
}

function knownSource(name: string | null): string {
  if (name === 'own') return OWN;
  return builtInScenarios.find((s) => s.name === name)?.name ?? DEFAULT_SCENARIO_NAME;
}

export default function QuizMode({ lab, firstStep, firstSource, share }: QuizModeProps) {
  const t = useMessagesWith(labCatalogues);
  const pickerId = useId();
  const [opened] = useState(() => knownSource(firstSource));
  const [source, setSource] = useState(opened);
  const { session, version } = lab.state;
  const own = source === OWN;
  const payload = useMemo(() => (own ? sessionPayload(session) : null), [own, session]);
  const onRest = useCallback(
    (step: number) => {
      replaceAddress({ step, scenario: own ? null : source, payload });
    },
    [own, source, payload],
  );
  const title = own
    ? session.base.title[t.lang]
    : (builtInScenarios.find((s) => s.name === source)?.title[t.lang] ?? source);
  // The student's own session runs in a worker within the lab's budget; a built-in is small.
  const ownFile = useMemo(
    () => (own && session.actions.length > 0 ? toScenarioFile(scenarioOf(session)) : null),
    [own, session],
  );
  const ownRun = useSimulation(ownFile, 'lab');
  const builtIn = useMemo((): { trace: Trace; tcb: TcbTable } | null => {
    if (own) return null;
    const scenario = getScenario(source);
    const result = scenario === undefined ? null : trySimulate(scenario);
    return result?.ok === true ? result : null;
  }, [own, source]);
  const ownState = ownRun.state;
  const done = own ? (ownState?.status === 'done' ? ownState : null) : builtIn;
  const trace = done?.trace ?? null;
  const tcb = done?.tcb;
  const loadTcb = useCallback(() => Promise.resolve(tcb ?? null), [tcb]);
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
      {ownState !== null && ownState.status !== 'done' ? (
        <SimulationStatus
          state={ownState}
          onCancel={ownRun.cancel}
          onUndo={null}
          onStartOver={() => {
            setSource(DEFAULT_SCENARIO_NAME);
          }}
        />
      ) : trace === null ? (
        <p className="lab-notice">{t.lab.quizEmptySession}</p>
      ) : (
        <ScenarioView
          panels={FULL_PANELS}
          key={source === OWN ? `${OWN}-${String(version)}` : source}
          trace={trace}
          initialStep={source === opened && version === 0 ? (firstStep ?? 0) : 0}
          description={null}
          onRest={onRest}
          childrenTab={t.lab.modeName.quiz}
          tcb={<TcbSlot scenario={source} load={loadTcb} />}
        >
          <ShareTools
            slot={share.toolsSlot}
            title={title}
            lang={share.lang}
            embed={payload === null ? { scenario: source } : { payload }}
          />
          <section className="panel lab-panel quiz-panel" aria-labelledby="quiz-heading">
            <h2 id="quiz-heading" className="panel-title">
              {t.lab.modeName.quiz}
            </h2>
            <div className="lab-panel-body">
              <QuizPanel tcb={tcb} />
            </div>
          </section>
        </ScenarioView>
      )}
    </>
  );
}
