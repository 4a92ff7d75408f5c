/** The lab's three modes as links (each has its own address) that switch without a reload. */
import type { LabMode } from '../../i18n/index.ts';
import { useMessagesWith } from '../run/index.ts';
import { LAB_MODES, patchScreenHref } from '../../links/index.ts';
import { labCatalogues } from '../../i18n/lab/catalogues.ts';

export interface LabModeNavProps {
  current: LabMode;
  search: string;
  onChange: (mode: LabMode) => void;
}

export function LabModeNav({ current, search, onChange }: LabModeNavProps) {
  const t = useMessagesWith(labCatalogues);
  return (
    <nav className="lab-modes" aria-label={t.lab.modes}>
      {LAB_MODES.map((mode) => (
        <a
          key={mode}
          href={
            patchScreenHref({ search, hash: '' }, { lab: mode, step: null, scenario: null }) || '?'
          }
          aria-current={mode === current ? 'page' : undefined}
          onClick={(e) => {
            e.preventDefault();
            onChange(mode);
          }}
        >
          {t.lab.modeName[mode]}
        </a>
      ))}
    </nav>
  );
}
