/**
 * The capture view over a store: where to open a file, how the open is going or why it failed,
 * and the open capture with its conversations, notes and player. A drop anywhere on the view
 * opens the file; the marked zone lights up while a file is dragged over.
 */
import { useEffect } from 'react';
import { ConversationStage } from './ConversationStage.tsx';
import { ConversationTable } from './ConversationTable.tsx';
import { CaptureFileBar } from './CaptureFileBar.tsx';
import type { CaptureStore } from './captureStore.ts';
import { OpenCapturePanel } from './OpenCapturePanel.tsx';
import { OpenNoticePanel } from './OpenNoticePanel.tsx';
import { OpenProgress } from './OpenProgress.tsx';
import { sampleFromSearch } from './samples.ts';
import { useCaptureState } from './useCaptureState.ts';
import { replaceAddress, useFileDrop } from '../kit/index.ts';

export interface CaptureWorkspaceProps {
  store: CaptureStore;
  /** The query string the view opened with (`?sample=NAME` opens a bundled sample). */
  search: string;
  /** The header's slot for the conversation's Present and Export tools. */
  toolsSlot?: HTMLElement | null;
}

export function CaptureWorkspace({ store, search, toolsSlot = null }: CaptureWorkspaceProps) {
  const state = useCaptureState(store);
  // The address names a bundled sample (`?sample=`), which a link can bring back; a file of the
  // user's own never leaves the browser, so opening one takes the sample out of the address.
  const openFile = (file: File): void => {
    replaceAddress({ sample: null });
    store.openFile(file, file.name);
  };
  const drop = useFileDrop(openFile);

  useEffect(() => {
    const sample = sampleFromSearch(search);
    const now = store.getSnapshot();
    if (sample !== null && now.current === null && now.opening === null) store.openSample(sample);
  }, [store, search]);

  const loaded = state.current;
  const view = loaded?.view;
  return (
    <div className={`capture-view${drop.dragging ? ' is-dragging' : ''}`} {...drop.handlers}>
      <OpenCapturePanel
        compact={loaded !== null}
        dragging={drop.dragging}
        onFile={openFile}
        onSample={(sample) => {
          replaceAddress({ sample: sample.id });
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
          />
        </div>
      )}
    </div>
  );
}
