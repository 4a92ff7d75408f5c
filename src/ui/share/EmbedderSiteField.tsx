/**
 * The Embed dialog's optional "your site's address": its origin goes into the iframe's address
 * (`origin=`), and the embed then tells its height to that origin only (see links/embedderOrigin.ts).
 */
import { useId } from 'react';
import { webOrigin } from '../../links/index.ts';
import { useMessagesWith } from '../run/index.ts';
import './embedderSite.css';
import { shareDialogsCatalogues } from '../../i18n/shareDialogs/catalogues.ts';

export interface EmbedderSiteFieldProps {
  value: string;
  onChange: (value: string) => void;
}

export function EmbedderSiteField({ value, onChange }: EmbedderSiteFieldProps) {
  const t = useMessagesWith(shareDialogsCatalogues).shareDialogs;
  const noteId = useId();
  const invalid = value.trim() !== '' && webOrigin(value.trim()) === null;
  return (
    <div className="option embedder-site">
      <label>
        {t.embedderSite}
        <input
          type="url"
          inputMode="url"
          autoComplete="url"
          placeholder="https://blog.example"
          value={value}
          aria-invalid={invalid}
          aria-describedby={noteId}
          onChange={(e) => {
            onChange(e.currentTarget.value);
          }}
        />
      </label>
      <p id={noteId} className="dialog-note">
        {invalid ? t.embedderSiteInvalid : t.embedderSiteNote}
      </p>
    </div>
  );
}
