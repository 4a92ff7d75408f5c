/**
 * A link's scenario being simulated before the app or the embed shows it: its progress and a
 * Cancel, drawn into the page's root until the run ends (the entry then draws the app there).
 * The entry says where the run goes (a `LinkJob`): to a worker (linkRunOffPage.ts), or onto the
 * page in slices that yield to it (`inSlices`: the custom element, whose host page may start no
 * worker of ours).
 */
import type { Root } from 'react-dom/client';
import type { Lang, Messages } from '../../i18n/index.ts';
import type { LinkedScenario, LinkedScenarioResult } from '../../links/index.ts';
import type { RunProgress } from '../../sim/index.ts';
import { nextTask } from '../kit/index.ts';
import { loadMessagesOrEnglish } from '../recovery/index.ts';

/** A link's run, begun: it reports progress, then ends once; the returned function stops it. */
export type LinkJob = (
  progress: (progress: RunProgress) => void,
  end: (result: LinkedScenarioResult) => void,
) => () => void;

const CANCELLED: LinkedScenarioResult = { ok: false, problem: { kind: 'cancelled' } };

/** The job that runs the link's scenario on the page, in slices that yield to it. */
export function inSlices(linked: LinkedScenario): LinkJob {
  return (progress, end) => {
    let live = true;
    linked
      .runInSlices(async (p) => {
        progress(p);
        await nextTask();
        return live;
      })
      .then(
        (result) => {
          if (result !== null) end(result);
        },
        (error: unknown) => {
          end({ ok: false, problem: { kind: 'simulation-failed', detail: String(error) } });
        },
      );
    return () => {
      live = false;
    };
  };
}

/**
 * Runs the job with its progress on screen; Cancel ends it as `cancelled`, and so does `signal`
 * (a newer link took its place), which then draws nothing more.
 */
export async function runLink(
  root: Root,
  lang: Lang,
  job: LinkJob,
  signal?: AbortSignal,
): Promise<LinkedScenarioResult> {
  const messages = await loadMessagesOrEnglish(lang);
  return new Promise((resolve) => {
    let ended = false;
    const end = (result: LinkedScenarioResult): void => {
      if (ended) return;
      ended = true;
      stop();
      resolve(result);
    };
    const draw = (progress: RunProgress | null): void => {
      if (!ended) {
        root.render(
          <LinkRunStatus
            messages={messages}
            progress={progress}
            onCancel={() => {
              end(CANCELLED);
            }}
          />,
        );
      }
    };
    draw(null);
    const stop = job(draw, end);
    if (signal?.aborted === true) end(CANCELLED);
    signal?.addEventListener('abort', () => {
      end(CANCELLED);
    });
  });
}

interface StatusProps {
  messages: Messages;
  progress: RunProgress | null;
  onCancel: () => void;
}

/** The run's progress and its Cancel, in the link notice's place. */
function LinkRunStatus({ messages, progress, onCancel }: StatusProps) {
  const t = messages.share;
  return (
    <div className="link-notice" role="status" lang={messages.lang}>
      <div className="link-notice-text">
        <p className="link-notice-title">{t.linkRunning}</p>
        {progress !== null && (
          <p>{t.linkRunProgress(progress.segments, (progress.t / 1000).toFixed(1))}</p>
        )}
      </div>
      <button type="button" className="hl-button" onClick={onCancel}>
        {t.cancelLinkRun}
      </button>
    </div>
  );
}
