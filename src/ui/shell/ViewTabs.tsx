/** The top-level navigation between Scenarios and the feature views. */
import type { ViewId } from '../../i18n/index.ts';
import { useMessages } from '../run/index.ts';
import { FEATURE_VIEWS } from './views.ts';

export interface ViewTabsProps {
  current: ViewId;
  onChange: (view: ViewId) => void;
}

/** Links (so a view has its own URL) that switch views without a reload. */
export function ViewTabs({ current, onChange }: ViewTabsProps) {
  const t = useMessages();
  if (FEATURE_VIEWS.length === 0) return null;
  const ids: ViewId[] = ['scenarios', ...FEATURE_VIEWS.map((v) => v.id)];
  return (
    <nav className="view-tabs" aria-label={t.views}>
      {ids.map((id) => (
        <a
          key={id}
          href={id === 'scenarios' ? '?' : `?view=${id}`}
          aria-current={id === current ? 'page' : undefined}
          onClick={(e) => {
            e.preventDefault();
            onChange(id);
          }}
        >
          {t.viewName[id]}
        </a>
      ))}
    </nav>
  );
}
