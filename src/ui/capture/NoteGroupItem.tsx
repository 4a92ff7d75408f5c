/** All the notes of one kind: a title with its count and rule, then the first few sentences. */
import { useMessagesWith } from '../run/index.ts';
import { framesOf, type NoteGroup } from '../../capture/index.ts';
import { FrameButton } from './FrameButton.tsx';
import { noteText } from '../../i18n/index.ts';
import { captureCatalogues } from '../../i18n/capture/catalogues.ts';

/** Sentences listed per kind; a capture with hundreds of retransmissions lists the first. */
const LISTED = 5;

export interface NoteGroupItemProps {
  group: NoteGroup;
  onShowFrame: (frame: number) => void;
}

export function NoteGroupItem({ group, onShowFrame }: NoteGroupItemProps) {
  const t = useMessagesWith(captureCatalogues);
  const listed = group.notes.slice(0, LISTED);
  const more = group.notes.length - listed.length + group.omitted;
  const count = group.notes.length + group.omitted;
  return (
    <li className={`capture-note note-${group.kind}`}>
      <p className="capture-note-title">
        <strong>{t.capture.noteTitle[group.kind]}</strong>
        {count > 1 && <span className="capture-note-count">{count}</span>}
        {group.rfc !== '' && <cite className="rfc">{group.rfc}</cite>}
      </p>
      <ul className="capture-note-sentences">
        {listed.map((note, i) => {
          const frames = framesOf(note);
          return (
            <li key={i}>
              {noteText(note, t)}
              {frames.length > 0 && (
                <span className="frame-buttons">
                  {frames.map((frame) => (
                    <FrameButton key={frame} frame={frame} onShow={onShowFrame} />
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {more > 0 && <p className="capture-note-more">{t.capture.moreOfKind(more)}</p>}
    </li>
  );
}
