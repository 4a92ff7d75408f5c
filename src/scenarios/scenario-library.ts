/** What the app needs from a scenario source: a list to pick from and a way to get a trace. */
import type { LocalizedText, Trace } from '../sim/index.ts';

/** A scenario's title and description in both languages, as a scenario file has them. */
export interface ScenarioInfo {
  name: string;
  title: LocalizedText;
  description: LocalizedText;
}

/** A scenario's title and one-line description in one language. */
export interface ScenarioText {
  title: string;
  description: string;
}

/** The titles and descriptions of a library's scenarios in one language, by name. */
export type ScenarioTexts = Readonly<Record<string, ScenarioText>>;

export interface ScenarioLibrary {
  /** The scenarios' names, in the picker's order. */
  names: readonly string[];
  defaultName: string;
  /**
   * The titles and descriptions in a language (a built-in library's are a data chunk per
   * language, so a reader loads only their own).
   */
  texts: (lang: keyof LocalizedText) => Promise<ScenarioTexts>;
  /** The texts in a language if they have already been loaded, else null. */
  textsLoaded: (lang: keyof LocalizedText) => ScenarioTexts | null;
  /** The trace of a scenario (loading it if need be), or null if there is no scenario of that name. */
  load: (name: string) => Promise<Trace | null>;
  /** The trace of a scenario if it has already been loaded, else null. */
  loaded: (name: string) => Trace | null;
}

/** The texts in one language of scenarios that carry both. */
export function textsIn(infos: readonly ScenarioInfo[], lang: keyof LocalizedText): ScenarioTexts {
  return Object.fromEntries(
    infos.map((s) => [s.name, { title: s.title[lang], description: s.description[lang] }]),
  );
}
