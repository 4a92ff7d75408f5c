/**
 * Each endpoint's TCB after the player's step (RFC 9293 §3.3.1), and each direction's sequence
 * space as a line. The values are the core's (the run's TCB table); the panel only shows them,
 * relative or absolute as the app-wide switch says.
 */
import { useId } from 'react';
import { sequenceLine, stepEvents } from '../../layout/index.ts';
import { peerOf, tcbAtStep, type EndpointId, type SendEvent } from '../../sim/index.ts';
import { tcbCatalogues } from '../../i18n/tcb/catalogues.ts';
import { useCursor, useMessagesWith, useRun } from '../run/index.ts';
import { SequenceLineView } from './SequenceLineView.tsx';
import { TcbSideTable } from './TcbSideTable.tsx';
import type { TcbSlotProps } from './TcbSlot.tsx';
import { useTcbTable } from './useTcbTable.ts';
import './tcb.css';

const SIDES: readonly EndpointId[] = ['client', 'server'];

export default function TcbPanel(props: TcbSlotProps) {
  const t = useMessagesWith(tcbCatalogues);
  const run = useRun();
  const cursor = useCursor();
  const table = useTcbTable(props);
  const titleId = useId();
  const { first, last } = stepEvents(run.timeline, cursor);
  const event = run.timeline.steps[cursor - 1]?.event;
  let segment: SendEvent | null = null;
  if (event?.type === 'send') segment = event;
  else if (event?.type === 'deliver' || event?.type === 'drop') {
    segment = run.timeline.sends.get(event.id) ?? null;
  }

  return (
    // Focusable, so the keyboard can scroll the sheet it fills (on a phone, a long table).
    <section className="panel tcb-panel" aria-labelledby={titleId} tabIndex={0}>
      <h2 id={titleId}>{t.tcb.title}</h2>
      <p className="hint">{t.tcb.intro}</p>
      {table === undefined && <p role="status">{t.tcb.loading}</p>}
      {table === null && <p>{t.tcb.unavailable}</p>}
      {table !== undefined && table !== null && (
        <>
          {table.inferred && <p className="tcb-inferred">{t.tcb.inferred}</p>}
          <div className="tcb-sides">
            {SIDES.map((side) => (
              <TcbSideTable
                key={side}
                endpoint={side}
                at={tcbAtStep(table, side, first, last)}
                inferred={table.inferred}
              />
            ))}
          </div>
          <h3 className="tcb-line-title">{t.tcb.line.title}</h3>
          {SIDES.map((side) => {
            const line = sequenceLine(
              side,
              tcbAtStep(table, side, first, last).now,
              tcbAtStep(table, peerOf(side), first, last).now,
              segment,
            );
            return line === null ? null : <SequenceLineView key={side} line={line} />;
          })}
        </>
      )}
    </section>
  );
}
