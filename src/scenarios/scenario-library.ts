/** What the app needs from a scenario source: a list to pick from and a way to get a trace. */
import type { LocalizedText, TcbTable, Trace } from '../sim/index.ts';

export interface ScenarioInfo {
  name: string;
  title: LocalizedText;
  description: LocalizedText;
}

export interface ScenarioLibrary {
  scenarios: readonly ScenarioInfo[];
  defaultName: string;
  /** The trace of a scenario (loading it if need be), or null if there is no scenario of that name. */
  load: (name: string) => Promise<Trace | null>;
  /** The trace of a scenario if it has already been loaded, else null. */
  loaded: (name: string) => Trace | null;
  /**
   * Each endpoint's TCB where it changes (loaded when the TCB panel opens), or null if the run
   * has none; absent, or undefined for a name, for a built-in, whose table the panel's own chunk
   * loads by name.
   */
  tcb?: (name: string) => Promise<TcbTable | null> | undefined;
}
