/** The chosen conversation, whatever state it is in: none yet, loading, failed, too large, or ready. */
import { useMessagesWith } from '../run/index.ts';
import type { ConversationView } from './captureState.ts';
import { CapturedConversation } from './CapturedConversation.tsx';
import { MAX_PLAYER_PACKETS, type CaptureSummary } from './workerProtocol.ts';
import { captureCatalogues } from '../../i18n/capture/catalogues.ts';

export interface ConversationStageProps {
  view: ConversationView;
  summary: CaptureSummary;
  openId: number;
  toolsSlot: HTMLElement | null;
  /** Called with the step the player comes to rest at. */
  onRest: (step: number) => void;
}

export function ConversationStage({
  view,
  summary,
  openId,
  toolsSlot,
  onRest,
}: ConversationStageProps) {
  const t = useMessagesWith(captureCatalogues);
  switch (view.status) {
    case 'none':
      return <p className="capture-stage hint">{t.capture.chooseConversation}</p>;
    case 'loading':
      return (
        <p className="capture-stage hint" role="status">
          {t.capture.loadingConversation(view.stream)}
        </p>
      );
    case 'failed':
      return (
        <div className="capture-stage capture-notice is-error" role="alert">
          <p className="capture-notice-title">{t.capture.conversationFailed(view.stream)}</p>
          <p className="capture-error-detail" lang="en">
            {view.message}
          </p>
        </div>
      );
    case 'too-large':
      return (
        <p className="capture-stage capture-notice is-info" role="status">
          {t.capture.tooLarge(view.stream, view.packets, MAX_PLAYER_PACKETS)}
        </p>
      );
    case 'ready': {
      const row = summary.conversations.find((c) => c.stream === view.stream);
      return (
        <CapturedConversation
          key={`${openId}-${view.stream}`}
          trace={view.trace}
          tcb={view.tcb}
          stream={view.stream}
          packets={row?.packets ?? 0}
          initialStep={view.step}
          onRest={onRest}
          toolsSlot={toolsSlot}
        />
      );
    }
  }
}
