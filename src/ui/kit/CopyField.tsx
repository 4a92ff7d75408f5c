/** A read-only text (one line or a block of code) with a Copy button and a spoken result. */
import { useId, useRef } from 'react';
import { useMessages } from '../run/index.ts';
import { useCopy } from './useCopy.ts';

export interface CopyFieldProps {
  label: string;
  value: string;
  /** Several lines of code in a text area instead of a one-line field. */
  multiline?: boolean;
  copyLabel?: string;
  /** A line under the field, e.g. the link's length. */
  note?: string;
}

export function CopyField({ label, value, multiline = false, copyLabel, note }: CopyFieldProps) {
  const t = useMessages();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const { status, copy } = useCopy();
  const select = (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }): void => {
    e.currentTarget.select();
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {multiline ? (
          <textarea
            ref={areaRef}
            id={id}
            readOnly
            value={value}
            rows={Math.min(12, value.split('\n').length + 1)}
            spellCheck={false}
            onFocus={select}
          />
        ) : (
          <input
            ref={inputRef}
            id={id}
            readOnly
            value={value}
            spellCheck={false}
            onFocus={select}
          />
        )}
        <button
          type="button"
          className="hl-button"
          onClick={() => {
            copy(value, multiline ? areaRef.current : inputRef.current);
          }}
        >
          {copyLabel ?? t.share.copy}
        </button>
      </div>
      <p className="copy-status" role="status">
        {status === 'copied'
          ? t.share.copied
          : status === 'failed'
            ? t.share.copyFailed
            : (note ?? '')}
      </p>
    </div>
  );
}
