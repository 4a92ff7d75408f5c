/**
 * A collapsible card that stays open or closed across restarts of the player (the controls are
 * rebuilt with it): its state is kept by the lab, not by the element.
 */
import { useState, type ReactNode } from 'react';

export interface LabDetailsProps {
  id: string;
  title: string;
  /** Which cards are open, kept by the lab across rebuilds. */
  open: Set<string>;
  children: ReactNode;
}

export function LabDetails({ id, title, open, children }: LabDetailsProps) {
  const [initiallyOpen] = useState(() => open.has(id));
  return (
    <details
      className="lab-card"
      open={initiallyOpen}
      onToggle={(e) => {
        if (e.currentTarget.open) open.add(id);
        else open.delete(id);
      }}
    >
      <summary className="lab-card-title">{title}</summary>
      {children}
    </details>
  );
}
