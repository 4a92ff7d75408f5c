/** The embed's last line: the scenario, the steps it is locked to, and the link to the full app. */
import { useMessages, useRun } from '../run/index.ts';

export interface EmbedFooterProps {
  title: string;
  from: number | null;
  to: number | null;
  href: string;
}

export function EmbedFooter({ title, from, to, href }: EmbedFooterProps) {
  const t = useMessages();
  const run = useRun();
  const locked = from !== null || to !== null;
  return (
    <footer className="embed-footer">
      <span className="embed-title">{title}</span>
      {locked && (
        <span className="embed-range">
          {t.share.lockedRange(from ?? 0, Math.min(to ?? run.schedule.count, run.schedule.count))}
        </span>
      )}
      <a href={href} target="_blank" rel="noopener">
        {t.share.openFullApp}
      </a>
    </footer>
  );
}
