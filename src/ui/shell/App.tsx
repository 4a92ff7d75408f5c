/**
 * The app shell: language, number mode and scenario choice. (Motion is framer-motion's motion
 * values bound straight to the drawing, and CSS animations; neither needs MotionConfig or
 * LazyMotion, whose motion components would weigh about 10 KB gzipped in the first view.) The
 * address bar names the view, language and numbers; each view writes its own part (see
 * links/screenAddress.ts), so every address reopens the screen it names.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { detectLang, type Lang, type LinkProblem, type ViewId } from '../../i18n/index.ts';
import type { NumberMode } from '../../layout/index.ts';
import { ScenarioPicker } from '../scenarios/index.ts';
import { LanguageSwitch, NumberModeSwitch } from '../settings/index.ts';
import { MessagesContext, NumberModeContext } from '../run/index.ts';
import type { ScenarioLibrary } from '../../scenarios/index.ts';
import { Logo } from './Logo.tsx';
import { FULL_PANELS, ScenarioView } from '../stage/index.ts';
import { ViewTabs } from './ViewTabs.tsx';
import { TcbSlot } from '../tcb/index.ts';
import { FeatureViewHost } from './FeatureViewHost.tsx';
import { LinkNotice, ShareTools, type EmbedSource } from '../share/index.ts';
import { replaceAddress } from '../kit/index.ts';
import { pushAddress, usePopState } from './history.ts';
import { recallScenarioPlace, rememberScenarioPlace } from './scenarioPlace.ts';
import { TourButton, useFirstRun } from '../tour/index.ts';
import { LINKED_SCENARIO_KEY, readScreenAddress, type ScreenAddress } from '../../links/index.ts';
import {
  LazyBoundary,
  lazyView,
  UpdateBanner,
  useLibraryTrace,
  useWording,
  ViewMain,
} from '../recovery/index.ts';

/** The first-run tour, fetched when it opens: the first paint never needs it. */
const TourDialog = lazyView(() => import('../tour/TourDialog.tsx'));

export interface AppProps {
  library: ScenarioLibrary;
  /** The address bar's query string and fragment at start (default to the window's). */
  search?: string;
  hash?: string;
  /** Browser languages, most preferred first (defaults to navigator.languages). */
  languages?: readonly string[];
  /** What was wrong with the link the app was opened with, if anything. */
  linkProblem?: LinkProblem | null;
}

export function App({ library, search, hash, languages, linkProblem = null }: AppProps) {
  const startSearch = search ?? window.location.search;
  const startHash = hash ?? window.location.hash;
  const [initial] = useState(() => readScreenAddress(startSearch, startHash));
  const [lang, setLang] = useState<Lang>(() =>
    detectLang(startSearch, languages ?? navigator.languages),
  );
  const [langChosen, setLangChosen] = useState(() => new URLSearchParams(startSearch).has('lang'));
  const wording = useWording(library, lang);
  const [numberMode, setNumberMode] = useState<NumberMode>(initial.numbers);
  const [toolsSlot, setToolsSlot] = useState<HTMLDivElement | null>(null);
  const [view, setView] = useState<ViewId>(initial.view);
  const firstRun = useFirstRun(startSearch, startHash);
  // The address a feature view opens with: the start's, then the one a tab change writes.
  const [viewAddress, setViewAddress] = useState({ search: startSearch, hash: startHash });
  // The scenario, step and fragment in the address are this view's only in this view (the Lab
  // and the capture view write their own step).
  const ours = initial.view === 'scenarios';
  // Opened on another view, the Scenarios view comes back where it last rested in this tab.
  const [recalled] = useState(() => (ours ? null : recallScenarioPlace()));
  const linked = library.names.find((n) => n === (ours ? initial.scenario : recalled?.scenario));
  const [scenario, setScenario] = useState(() => linked ?? library.defaultName);
  // A scenario that came in the link keeps its fragment in the address while it shows.
  const fromLink = scenario === LINKED_SCENARIO_KEY ? initial.payload : null;
  // A step in the link applies to the scenario it names, or to the default if it names none.
  const [initialStep, setInitialStep] = useState(() =>
    ours
      ? linked !== undefined || initial.scenario === null
        ? (initial.step ?? 0)
        : 0
      : linked !== undefined
        ? (recalled?.step ?? 0)
        : 0,
  );
  // Where the Scenarios view last rested, to come back to from another view.
  const lastStep = useRef(initialStep);
  const changeView = useCallback(
    (next: ViewId) => {
      // Every view owns `step` while it shows (the capture view for a sample's conversation, so
      // one address never names two steps): the Lab and the capture view write their own, and the
      // Scenarios view takes its own back (this shell remembers it in the meantime).
      const patch: Partial<ScreenAddress> =
        next === 'scenarios'
          ? {
              view: next,
              lab: 'drive',
              scenario: fromLink === null ? scenario : null,
              step: lastStep.current,
              payload: fromLink,
              sample: null,
              stream: null,
            }
          : {
              view: next,
              lab: 'drive',
              scenario: null,
              step: null,
              payload: null,
              sample: null,
              stream: null,
            };
      pushAddress(patch);
      setViewAddress({ search: window.location.search, hash: window.location.hash });
      if (next === 'scenarios') setInitialStep(lastStep.current);
      setView(next);
    },
    [scenario, fromLink],
  );
  // Each Back or Forward starts the player afresh at the entry's step, even in the same scenario.
  const [visit, setVisit] = useState(0);
  const onNavigate = useCallback(
    (search: string, hash: string) => {
      const address = readScreenAddress(search, hash);
      setView(address.view);
      setViewAddress({ search, hash });
      if (address.view === 'scenarios') {
        const named = library.names.find((n) => n === address.scenario);
        if (named !== undefined) setScenario(named);
        setInitialStep(address.step ?? 0);
        lastStep.current = address.step ?? 0;
      }
      setVisit((v) => v + 1);
    },
    [library],
  );
  usePopState(onNavigate);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // The scenario on screen: the one picked once its trace has loaded, the one before until then.
  const shown = useLibraryTrace(library, scenario);
  const shownName = shown?.name ?? scenario;

  useEffect(() => {
    replaceAddress({ lang: langChosen ? lang : null, numbers: numberMode });
  }, [lang, langChosen, numberMode]);

  const onRest = useCallback(
    (step: number) => {
      lastStep.current = step;
      replaceAddress({ scenario: fromLink === null ? shownName : null, step, payload: fromLink });
      if (fromLink === null) rememberScenarioPlace({ scenario: shownName, step });
    },
    [shownName, fromLink],
  );
  const embed: EmbedSource = fromLink === null ? { scenario: shownName } : { payload: fromLink };

  if (wording === null) return null;
  const { messages, texts } = wording;
  const text = Object.hasOwn(texts, shownName) ? texts[shownName] : undefined;
  return (
    <MessagesContext.Provider value={messages}>
      <NumberModeContext.Provider value={numberMode}>
        <div className="app" lang={messages.lang} data-view={view}>
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
                names={library.names}
                texts={texts}
                current={scenario}
                onPick={(name) => {
                  if (name !== scenario) pushAddress({ scenario: name, step: 0, payload: null });
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
            {view !== 'scenarios' && (
              <FeatureViewHost
                id={view}
                search={viewAddress.search}
                hash={viewAddress.hash}
                toolsSlot={toolsSlot}
                lang={lang}
              />
            )}
            {view === 'scenarios' && shown !== null && (
              <ScenarioView
                panels={FULL_PANELS}
                key={`${shown.name}-${String(visit)}`}
                trace={shown.trace}
                initialStep={initialStep}
                description={text?.description ?? null}
                onRest={onRest}
                tcb={<TcbSlot scenario={shownName} load={library.tcb} />}
              >
                <ShareTools
                  slot={toolsSlot}
                  title={text?.title ?? shownName}
                  lang={lang}
                  embed={embed}
                />
              </ScenarioView>
            )}
          </ViewMain>
          <LazyBoundary fallback={null} loadFailure="notice" onLoadFailure={firstRun.close}>
            {firstRun.open && <TourDialog onClose={firstRun.close} />}
          </LazyBoundary>
        </div>
      </NumberModeContext.Provider>
    </MessagesContext.Provider>
  );
}
