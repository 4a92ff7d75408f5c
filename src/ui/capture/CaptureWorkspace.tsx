/**
 * The capture view over a store: where to open a file, how the open is going or why it failed,
 * and the open capture with its conversations, notes and player. A drop anywhere on the view
 * opens the file; the marked zone lights up while a file is dragged over.
 */
import { useCallback, useEffect } from 'react';
import { ConversationStage } from './ConversationStage.tsx';
import { ConversationTable } from './ConversationTable.tsx';
import { CaptureFileBar } from './CaptureFileBar.tsx';
import type { CaptureStore } from './captureStore.ts';
import { OpenCapturePanel } from './OpenCapturePanel.tsx';
import { OpenNoticePanel } from './OpenNoticePanel.tsx';
import { OpenProgress } from './OpenProgress.tsx';
import { sampleNamed } from './samples.ts';
import { useCaptureState } from './useCaptureState.ts';
import { replaceAddress, useFileDrop } from '../kit/index.ts';
import { readScreenAddress } from '../../links/index.ts';

export interface CaptureWorkspaceProps {
  store: CaptureStore;
  /**
   * The query string the view opened with: `?view=capture&sample=NAME` opens a bundled sample,
   * with `&stream=N&step=S` at that conversation and step.
   */
  search: string;
  /** The header's slot for the conversation's Present and Export tools. */
  toolsSlot?: HTMLElement | null;
}

export function CaptureWorkspace({ store, search, toolsSlot = null }: CaptureWorkspaceProps) {
  const state = useCaptureState(store);
  const openFile = (file: File): void => {
    store.openFile(file, file.name);
  };
  const drop = useFileDrop(openFile);
  const onRest = useCallback(
    (step: number) => {
      store.rest(step);
    },
    [store],
  );

  useEffect(() => {
    const address = readScreenAddress(search, '');
    const sample = sampleNamed(address.sample);
    const now = store.getSnapshot();
    if (sample !== null && now.current === null && now.opening === null) {
      const { stream, step } = address;
      store.openSample(sample, stream === null ? null : { stream, step: step ?? 0 });
    }
  }, [store, search]);

  const loaded = state.current;
  const view = loaded?.view;

  // The address names what is on screen once it is: a bundled sample, its conversation and the
  // player's step, which a link brings back. A file of the user's own never leaves the browser,
  // so its address names none of them (a stream or step there would point at nothing). A new
  // address for the view (Back, Forward) is rewritten to what the view shows.
  useEffect(() => {
    if (loaded === null) return;
    const { sample, view: shown } = loaded;
    replaceAddress({
      sample,
      stream: sample === null || shown.status === 'none' ? null : shown.stream,
      step:
        sample !== null && (shown.status === 'ready' || shown.status === 'loading')
          ? shown.step
          : null,
    });
  }, [loaded, search]);
  return (
    <div className={`capture-view${drop.dragging ? ' is-dragging' : ''}`} {...drop.handlers}>
      <OpenCapturePanel
        compact={loaded !== null}
        dragging={drop.dragging}
        onFile={openFile}
        onSample={(sample) => {
          store.openSample(sample);
        }}
      />
      {state.opening !== null && (
        <OpenProgress
          opening={state.opening}
          onCancel={() => {
            store.cancel();
          }}
        />
      )}
      {state.notice !== null && (
        <OpenNoticePanel
          notice={state.notice}
          currentFile={loaded?.summary.fileName ?? null}
          onDismiss={() => {
            store.dismissNotice();
          }}
        />
      )}
      {loaded !== null && view !== undefined && (
        <div className="capture-loaded">
          <CaptureFileBar summary={loaded.summary} />
          <ConversationTable
            conversations={loaded.summary.conversations}
            total={loaded.summary.conversationCount}
            chosen={view.status === 'none' ? null : view.stream}
            onChoose={(stream) => {
              store.chooseStream(stream);
            }}
          />
          <ConversationStage
            view={view}
            summary={loaded.summary}
            openId={loaded.openId}
            toolsSlot={toolsSlot}
            onRest={onRest}
          />
        </div>
      )}
    </div>
  );
}
