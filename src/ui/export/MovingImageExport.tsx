/** The Export dialog's section for the moving picture: what it is for, and its downloads. */
import { MOVING_IMAGE_TEXT } from '../../i18n/index.ts';
import type { ThemeName } from '../../themes/index.ts';
import { useMessages } from '../run/index.ts';
import { MovingImageButtons } from './MovingImageButtons.tsx';

export function MovingImageExport({ theme, title }: { theme: ThemeName; title: string }) {
  const text = MOVING_IMAGE_TEXT[useMessages().lang];
  return (
    <>
      <h3>{text.title}</h3>
      <p className="dialog-note">{text.hint}</p>
      <MovingImageButtons theme={theme} title={title} />
    </>
  );
}
