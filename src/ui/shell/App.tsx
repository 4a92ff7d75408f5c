/**
 * The app shell: language, number mode and scenario choice, wrapped in framer-motion's config
 * (reduced motion follows the user's setting; animation features load after first paint).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { LazyMotion, MotionConfig } from 'framer-motion';
import {
  detectLang,
  en,
  type Lang,
  type Messages,
  type LinkProblem,
  type ViewId,
} from '../../i18n/index.ts';
import type { NumberMode } from '../../layout/index.ts';
import { ScenarioPicker } from '../scenarios/index.ts';
import { LanguageSwitch, NumberModeSwitch } from '../settings/index.ts';
import { MessagesContext, NumberModeContext } from '../run/index.ts';
import type { ScenarioLibrary } from '../../scenarios/index.ts';
import { Logo } from './Logo.tsx';
import { ScenarioView } from '../stage/index.ts';
import { readUrlState, writeUrlState } from './urlState.ts';
import { ViewTabs } from './ViewTabs.tsx';
import { FeatureViewHost } from './FeatureViewHost.tsx';
import { viewFromSearch } from './views.ts';
import { LinkNotice, ShareTools } from '../share/index.ts';
import {
  loadMessagesOrEnglish,
  loadMotionFeatures,
  UpdateBanner,
  ViewMain,
} from '../recovery/index.ts';
import { TourButton, TourDialog, useFirstRun } from '../tour/index.ts';

export interface AppProps {
  library: ScenarioLibrary;
  /** The address bar's query string at start (defaults to the window's). */
  search?: string;
  /** Browser languages, most preferred first (defaults to navigator.languages). */
  languages?: readonly string[];
  /** What was wrong with the link the app was opened with, if anything. */
  linkProblem?: LinkProblem | null;
}

export function App({ library, search, languages, linkProblem = null }: AppProps) {
  const startSearch = search ?? window.location.search;
  const [initial] = useState(() => readUrlState(startSearch));
  const [lang, setLang] = useState<Lang>(() =>
    detectLang(startSearch, languages ?? navigator.languages),
  );
  const [langChosen, setLangChosen] = useState(() => new URLSearchParams(startSearch).has('lang'));
  const [messages, setMessages] = useState<Messages | null>(lang === 'en' ? en : null);
  const [numberMode, setNumberMode] = useState<NumberMode>(() => initial.numbers ?? 'absolute');
  const [toolsSlot, setToolsSlot] = useState<HTMLDivElement | null>(null);
  const [view, setView] = useState<ViewId>(() => viewFromSearch(startSearch));
  const firstRun = useFirstRun(startSearch, search === undefined ? window.location.hash : '');
  const changeView = useCallback((next: ViewId) => {
    const params = new URLSearchParams(window.location.search);
    if (next === 'scenarios') params.delete('view');
    else params.set('view', next);
    const query = params.toString();
    window.history.pushState(
      window.history.state,
      '',
      // The fragment may carry a linked scenario: keep it across views.
      `${window.location.pathname}${query === '' ? '' : `?${query}`}${window.location.hash}`,
    );
    setView(next);
  }, []);
  const linked = library.scenarios.find((s) => s.name === initial.scenario)?.name ?? null;
  const [scenario, setScenario] = useState(() => linked ?? library.defaultName);
  // A step in the link applies to the scenario it names, or to the default if it names none.
  const [initialStep, setInitialStep] = useState(() =>
    linked !== null || initial.scenario === null ? (initial.step ?? 0) : 0,
  );

  useEffect(() => {
    let live = true;
    void loadMessagesOrEnglish(lang).then((m) => {
      if (live) setMessages(m);
    });
    document.documentElement.lang = lang;
    return () => {
      live = false;
    };
  }, [lang]);

  const trace = useMemo(() => library.load(scenario), [library, scenario]);
  const info = library.scenarios.find((s) => s.name === scenario);

  const onRest = useCallback(
    (step: number) => {
      writeUrlState(scenario, step, langChosen ? lang : null, numberMode);
    },
    [scenario, lang, langChosen, numberMode],
  );

  if (messages === null) return null;
  return (
    <MotionConfig reducedMotion="user">
      <LazyMotion features={loadMotionFeatures}>
        <MessagesContext.Provider value={messages}>
          <NumberModeContext.Provider value={numberMode}>
            <div className="app" lang={messages.lang}>
              <a className="skip-link" href="#ladder">
                {messages.skipToDiagram}
              </a>
              <header className="app-header">
                <div className="brand">
                  <Logo />
                  <div>
                    <h1>{messages.appTitle}</h1>
                    <p className="tagline">{messages.tagline}</p>
                  </div>
                </div>
                <ViewTabs current={view} onChange={changeView} />
                {view === 'scenarios' && (
                  <ScenarioPicker
                    scenarios={library.scenarios}
                    current={scenario}
                    onPick={(name) => {
                      setInitialStep(0);
                      setScenario(name);
                    }}
                  />
                )}
                <div ref={setToolsSlot} className="view-tools" />
                <div className="settings">
                  <TourButton onClick={firstRun.show} />
                  <NumberModeSwitch mode={numberMode} onChange={setNumberMode} />
                  <LanguageSwitch
                    lang={lang}
                    onChange={(l) => {
                      setLangChosen(true);
                      setLang(l);
                    }}
                  />
                </div>
              </header>
              <UpdateBanner />
              {linkProblem !== null && <LinkNotice problem={linkProblem} />}
              <ViewMain key={view}>
                {view !== 'scenarios' && <FeatureViewHost id={view} search={startSearch} />}
                {view === 'scenarios' && trace !== null && (
                  <ScenarioView
                    key={scenario}
                    trace={trace}
                    initialStep={initialStep}
                    description={info?.description[messages.lang] ?? null}
                    onRest={onRest}
                  >
                    <ShareTools
                      slot={toolsSlot}
                      title={info?.title[messages.lang] ?? scenario}
                      scenario={scenario}
                      lang={lang}
                    />
                  </ScenarioView>
                )}
              </ViewMain>
              {firstRun.open && <TourDialog onClose={firstRun.close} />}
            </div>
          </NumberModeContext.Provider>
        </MessagesContext.Provider>
      </LazyMotion>
    </MotionConfig>
  );
}
