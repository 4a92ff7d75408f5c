/** The language switch; each language is named in itself. */
import { LANGS, isLang, type Lang } from '../../i18n/index.ts';
import { useMessages } from '../run/index.ts';

const NATIVE_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어' };

export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const t = useMessages();
  return (
    <label className="language">
      <span className="visually-hidden">{t.language}</span>
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" className="globe">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path
          d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      </svg>
      <select
        value={lang}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (isLang(next)) onChange(next);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {NATIVE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
