/**
 * The app's and the embed page's run of a link's scenario: in a worker of the app's own origin
 * (on the page in slices where none may start). A chunk of its own, loaded only when a link
 * carries a scenario.
 */
import type { Root } from 'react-dom/client';
import type { Lang } from '../../i18n/index.ts';
import type { LinkedScenario, LinkedScenarioResult } from '../../links/index.ts';
import { startSimulation, type BudgetName } from '../simulation/index.ts';
import { runLink } from './linkRun.tsx';

export function runLinkOffPage(
  root: Root,
  linked: LinkedScenario,
  lang: Lang,
  budget: BudgetName,
): Promise<LinkedScenarioResult> {
  return runLink(root, lang, (progress, end) =>
    startSimulation({ type: 'simulate', id: 0, file: linked.file, budget }, (message) => {
      switch (message.type) {
        case 'progress':
          progress(message.progress);
          return;
        case 'done':
          end({ ok: true, scenario: linked.scenario, trace: message.trace, tcb: message.tcb });
          return;
        case 'over-budget':
          end({ ok: false, problem: { kind: 'over-budget', exceeded: message.exceeded } });
          return;
        case 'failed':
          end({
            ok: false,
            problem: { kind: 'simulation-failed', detail: message.errors.join('; ') },
          });
      }
    }),
  );
}
