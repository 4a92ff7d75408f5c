/**
 * Where the capture departs from the textbook, what real stacks do that the simulator does not,
 * and what the view had to estimate: the trace's notes in plain words, with their frames as
 * buttons that move the player there.
 */
import { useId, useMemo } from 'react';
import type { Trace } from '../../sim/index.ts';
import { useMessagesWith } from '../run/index.ts';
import { groupNotes } from '../../capture/index.ts';
import { NoteGroupItem } from './NoteGroupItem.tsx';
import { captureCatalogues } from '../../i18n/capture/catalogues.ts';

export interface CaptureNotesPanelProps {
  trace: Trace;
  onShowFrame: (frame: number) => void;
  /** What the last frame button did, read out politely. */
  status: string;
}

export function CaptureNotesPanel({ trace, onShowFrame, status }: CaptureNotesPanelProps) {
  const t = useMessagesWith(captureCatalogues);
  const headingId = useId();
  const sections = useMemo(() => groupNotes(trace.notes), [trace]);
  return (
    <section className="panel capture-notes" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel-title">
        {t.capture.notesHeading}
      </h3>
      {sections.map((section) => (
        <div key={section.category} className={`capture-note-section is-${section.category}`}>
          <h4 className="capture-note-section-title">{t.capture.noteGroup[section.category]}</h4>
          {section.groups.length === 0 ? (
            section.category === 'textbook' && <p className="hint">{t.capture.noNotes}</p>
          ) : (
            <ul className="capture-note-list">
              {section.groups.map((group, i) => (
                <NoteGroupItem key={`${group.kind}-${i}`} group={group} onShowFrame={onShowFrame} />
              ))}
            </ul>
          )}
        </div>
      ))}
      <p className="capture-note-status" role="status">
        {status}
      </p>
    </section>
  );
}
