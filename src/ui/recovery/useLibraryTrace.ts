/**
 * The trace of a library's scenario, loaded (a built-in's is a data chunk) when the name
 * changes. While the next one loads, the last one loaded stays on screen; a chunk that will not
 * load on the second try is thrown to the nearest error boundary, which offers a reload.
 */
import { useEffect, useState } from 'react';
import { loadChunk } from '../../links/index.ts';
import type { ScenarioLibrary } from '../../scenarios/index.ts';
import type { Trace } from '../../sim/index.ts';

/** A loaded scenario: its library name and its trace. */
export interface LoadedTrace {
  name: string;
  trace: Trace;
}

/** The scenario named (once loaded), else the one before it; null before the first has loaded. */
export function useLibraryTrace(library: ScenarioLibrary, name: string): LoadedTrace | null {
  const [last, setLast] = useState<LoadedTrace | null>(() => {
    const trace = library.loaded(name);
    return trace === null ? null : { name, trace };
  });
  const ready = library.loaded(name);
  useEffect(() => {
    if (library.loaded(name) !== null) return undefined;
    let live = true;
    loadChunk(() => library.load(name)).then(
      (trace) => {
        if (live && trace !== null) setLast({ name, trace });
      },
      (error: unknown) => {
        if (live) {
          setLast(() => {
            throw error;
          });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [library, name]);
  return ready !== null ? { name, trace: ready } : last;
}
