/**
 * The frame-rate bench page: the real app with one scenario, a trace of about 1,000 segments.
 * Built separately from the app (scripts/bench/ui.ts), so the app bundle carries no bench code.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../src/ui/shell/App.tsx';
import '../../src/ui/shell/app.css';
import { textsIn } from '../../src/scenarios/scenario-library.ts';
import { BENCH_SCENARIO_NAME, benchTrace } from './benchScenario.ts';

const trace = benchTrace();
const segments = trace.events.filter((e) => e.type === 'send').length;
document.documentElement.dataset.segments = String(segments);

const info = {
  name: BENCH_SCENARIO_NAME,
  title: { en: 'Frame-rate bench', ko: '프레임 속도 벤치' },
  description: { en: `${segments} segments`, ko: `세그먼트 ${segments}개` },
};

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App
        library={{
          names: [BENCH_SCENARIO_NAME],
          texts: (lang) => Promise.resolve(textsIn([info], lang)),
          textsLoaded: (lang) => textsIn([info], lang),
          defaultName: BENCH_SCENARIO_NAME,
          loaded: (name) => (name === BENCH_SCENARIO_NAME ? trace : null),
          load: (name) => Promise.resolve(name === BENCH_SCENARIO_NAME ? trace : null),
        }}
      />
    </StrictMode>,
  );
}
