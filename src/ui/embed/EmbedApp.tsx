/**
 * The embed: the diagram, the player and the narration as a caption, with a link back to the
 * full app. The same component serves the iframe page (embed.html) and the custom element. It
 * loads nothing from anywhere but its own files, and stores nothing.
 */
import { useRef, type ComponentType, type CSSProperties } from 'react';
import { DARK, LIGHT, paletteVars } from '../../themes/index.ts';
import { detectLang, type LinkProblem } from '../../i18n/index.ts';
import { MessagesContext, NumberModeContext } from '../run/index.ts';
import type { ScenarioLibrary } from '../../scenarios/index.ts';
import { ScenarioView } from '../stage/index.ts';
import { NarrationCaption } from '../present/index.ts';
import { LinkNotice } from '../share/index.ts';
import { UpdateBanner, useLibraryTrace, useWording } from '../recovery/index.ts';
import { appLink, type EmbedConfig } from '../../links/index.ts';
import { Autoplay } from './Autoplay.tsx';
import { EmbedFooter } from './EmbedFooter.tsx';
import type { FrameBridgeProps } from './FrameBridge.tsx';
import { ScopedKeys } from './ScopedKeys.tsx';
import { StepRangeLock } from './StepRangeLock.tsx';
import './embed.css';

export interface EmbedAppProps {
  library: ScenarioLibrary;
  config: EmbedConfig;
  problem: LinkProblem | null;
  /** The full app's address, for the link back (the scenario and language are added). */
  appUrl: string;
  /** The fragment that carried a custom scenario, if any, passed on to the link back. */
  fragment: string;
  /**
   * In an iframe page: the bridge that reports the height to the parent and answers its
   * requests (FrameBridge), and keys come from the whole page. Null in the custom element,
   * whose script so carries neither the bridge nor the schema its messages are checked with.
   */
  frameBridge: ComponentType<FrameBridgeProps> | null;
  languages: readonly string[];
}

export function EmbedApp(props: EmbedAppProps) {
  const { library, config, problem, appUrl, fragment, frameBridge: Bridge, languages } = props;
  const framed = Bridge !== null;
  const lang = config.lang ?? detectLang('', languages);
  const wording = useWording(library, lang);
  const rootRef = useRef<HTMLDivElement>(null);

  const known = config.scenario !== null && library.names.includes(config.scenario);
  const name = known && config.scenario !== null ? config.scenario : library.defaultName;
  const trace = useLibraryTrace(library, name)?.trace ?? null;
  const unknown: LinkProblem | null =
    config.scenario !== null && !known && problem === null
      ? { kind: 'unknown-scenario', name: config.scenario.slice(0, 80) }
      : problem;

  const style: CSSProperties | undefined =
    config.theme === 'auto'
      ? undefined
      : {
          ...paletteVars(config.theme === 'dark' ? DARK : LIGHT),
          colorScheme: config.theme,
        };

  if (wording === null || trace === null) return null;
  const { messages, texts } = wording;
  const title = Object.hasOwn(texts, name) ? (texts[name]?.title ?? name) : name;
  return (
    <MessagesContext.Provider value={messages}>
      <NumberModeContext.Provider value="absolute">
        <div
          ref={rootRef}
          className={config.compact ? 'hl-embed is-compact' : 'hl-embed'}
          lang={messages.lang}
          style={style}
          tabIndex={framed ? undefined : -1}
        >
          <UpdateBanner />
          {unknown !== null && <LinkNotice problem={unknown} />}
          <ScenarioView
            trace={trace}
            initialStep={config.from ?? 0}
            description={null}
            windowKeys={framed}
          >
            <StepRangeLock from={config.from} to={config.to} />
            {config.autoplay && <Autoplay target={rootRef} />}
            {Bridge !== null && <Bridge target={rootRef} id={config.id} origin={config.origin} />}
            {!framed && <ScopedKeys target={rootRef} />}
            <NarrationCaption className="embed-caption" reserve />
            <EmbedFooter
              title={title}
              from={config.from}
              to={config.to}
              href={appLink(appUrl, name, lang, config.from, fragment)}
            />
          </ScenarioView>
        </div>
      </NumberModeContext.Provider>
    </MessagesContext.Provider>
  );
}
