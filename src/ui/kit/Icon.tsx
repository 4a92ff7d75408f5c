/** The player's icons: simple shapes on a 24-unit grid, drawn in the current text colour. */
export type IconName = 'play' | 'pause' | 'stepBack' | 'stepForward' | 'restart' | 'end';

const PATHS: Record<IconName, string> = {
  play: 'M8 5.5v13l10.5-6.5z',
  pause: 'M7 5h3.5v14H7zM13.5 5H17v14h-3.5z',
  stepBack: 'M6 5h2.5v14H6zM19 5.5v13L9.5 12z',
  stepForward: 'M15.5 5H18v14h-2.5zM5 5.5v13l9.5-6.5z',
  restart: 'M3.5 5H6v14H3.5zM6 12l7-6.5v13zM12.5 12l7-6.5v13z',
  end: 'M18 5h2.5v14H18zM18 12l-7-6.5v13zM11.5 12l-7-6.5v13z',
};

/** An icon; decorative, so hidden from assistive tech (the button carries the name). */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
