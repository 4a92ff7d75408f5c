/**
 * One captured conversation: the notes panel above the existing player (ScenarioView over the
 * trace). A frame button in a note moves the player to where that frame is sent and opens the
 * segment in the inspector. A file of the user's own never leaves the browser, so no link can
 * bring the conversation back: it can be presented and exported, not shared or embedded.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TcbTable, Trace, TraceEndpoint } from '../../sim/index.ts';
import { useMessagesWith } from '../run/index.ts';
import { FULL_PANELS, ScenarioView } from '../stage/index.ts';
import { ShareTools } from '../share/index.ts';
import { TcbSlot } from '../tcb/index.ts';
import { endpointText } from '../../i18n/index.ts';
import { CaptureNotesPanel } from './CaptureNotesPanel.tsx';
import { frameLookup } from './frameSteps.ts';
import { PlayerBridge, type ShowSegment } from './PlayerBridge.tsx';
import { captureCatalogues } from '../../i18n/capture/catalogues.ts';

export interface CapturedConversationProps {
  trace: Trace;
  /** Each side's TCB, inferred with its states. */
  tcb: TcbTable;
  stream: number;
  packets: number;
  /** The step the player opens at. */
  initialStep: number;
  /** Called with the step the player comes to rest at. */
  onRest: (step: number) => void;
  /** The header's slot for the Present and Export tools. */
  toolsSlot: HTMLElement | null;
}

function endpointOf(e: TraceEndpoint): string {
  return e.address === undefined
    ? `:${e.port}`
    : endpointText({ address: e.address, port: e.port });
}

export function CapturedConversation({
  trace,
  tcb,
  stream,
  packets,
  initialStep,
  onRest,
  toolsSlot,
}: CapturedConversationProps) {
  const t = useMessagesWith(captureCatalogues);
  const [status, setStatus] = useState('');
  const placeOf = useMemo(() => frameLookup(trace), [trace]);
  const loadTcb = useCallback(() => Promise.resolve(tcb), [tcb]);
  const player = useRef<HTMLElement>(null);
  const show = useRef<ShowSegment | null>(null);
  const file = trace.source.kind === 'capture' ? trace.source.file : '';

  const onReady = useCallback((fn: ShowSegment | null) => {
    show.current = fn;
  }, []);

  const showFrame = useCallback(
    (frame: number) => {
      const place = placeOf(frame);
      if (place === null || show.current === null) {
        setStatus(t.capture.frameNotShown(frame));
        return;
      }
      show.current(place.step, place.id);
      setStatus(t.capture.shownFrame(frame, place.step));
      player.current?.scrollIntoView({ block: 'start' });
    },
    [placeOf, t],
  );

  // A chosen conversation comes into view with its player, wherever the table was scrolled to.
  useEffect(() => {
    player.current?.scrollIntoView({ block: 'start' });
  }, []);

  return (
    <>
      <CaptureNotesPanel trace={trace} onShowFrame={showFrame} status={status} />
      <section ref={player} className="capture-player" aria-labelledby="capture-player-title">
        <h3 id="capture-player-title" className="capture-player-title">
          {t.capture.playing({
            stream,
            client: endpointOf(trace.endpoints.client),
            server: endpointOf(trace.endpoints.server),
          })}
        </h3>
        <ScenarioView
          panels={FULL_PANELS}
          trace={trace}
          initialStep={initialStep}
          description={t.capture.playerDescription({ file, stream, packets })}
          onRest={onRest}
          tcb={<TcbSlot scenario={file} load={loadTcb} />}
        >
          <PlayerBridge onReady={onReady} />
          <ShareTools
            slot={toolsSlot}
            title={`${file} #${String(stream)}`}
            lang={t.lang}
            embed={null}
            linkable={false}
          />
        </ScenarioView>
      </section>
    </>
  );
}
