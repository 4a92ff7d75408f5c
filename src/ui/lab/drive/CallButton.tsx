/**
 * One socket call. A call the machine does not take now stays focusable (aria-disabled, not
 * disabled) so that hovering, focusing or tapping it shows why: the states it needs.
 */
import { useId } from 'react';
import { FOCUS_ATTRIBUTE } from './focusKeys.ts';

export interface CallButtonProps {
  label: string;
  enabled: boolean;
  /** What the call does (when enabled) or why it cannot be made now (when not). */
  note: string;
  focusKey: string;
  onPress: () => void;
}

export function CallButton({ label, enabled, note, focusKey, onPress }: CallButtonProps) {
  const noteId = useId();
  return (
    <span className="call">
      <button
        type="button"
        className="call-button"
        aria-disabled={!enabled}
        aria-describedby={noteId}
        {...{ [FOCUS_ATTRIBUTE]: focusKey }}
        onClick={() => {
          if (enabled) onPress();
        }}
      >
        {label}
      </button>
      <span role="tooltip" id={noteId} className={enabled ? 'call-note' : 'call-note is-reason'}>
        {note}
      </span>
    </span>
  );
}
