/**
 * The server's SYN queue as a visible queue beside the server lane: one slot per place in the
 * backlog, each half-open entry with its forged (or real) address, its state and its SYN+ACKs.
 */
import { useMemo } from 'react';
import { useMessagesWith, useRun, useCursor } from '../../run/index.ts';
import { seconds, backlogByCursor } from '../../../lab/index.ts';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

export function BacklogQueue() {
  const t = useMessagesWith(labCatalogues);
  const run = useRun();
  const cursor = useCursor();
  const byCursor = useMemo(() => backlogByCursor(run.timeline), [run]);
  const backlog = byCursor[cursor] ?? null;
  return (
    <section className="lab-card backlog" aria-labelledby="backlog-heading">
      <h3 className="lab-card-title">
        <span id="backlog-heading">{t.lab.queueTitle}</span>
        {backlog !== null && (
          <span className="backlog-count">{t.lab.queueCount(backlog.size, backlog.capacity)}</span>
        )}
      </h3>
      {backlog === null ? (
        <p className="lab-hint">{t.lab.queueEmptyYet}</p>
      ) : (
        <>
          <p className="lab-hint">{backlog.cookies ? t.lab.cookiesOn : t.lab.cookiesOff}</p>
          <ol className="backlog-slots">
            {Array.from({ length: backlog.capacity }, (_, i) => {
              const entry = backlog.entries[i];
              if (entry === undefined) {
                return (
                  <li key={`free-${String(i)}`} className="slot is-free">
                    {t.lab.queueFree}
                  </li>
                );
              }
              return (
                <li
                  key={`${entry.address}:${String(entry.port)}`}
                  className={entry.legitimate ? 'slot is-legitimate' : 'slot is-forged'}
                >
                  <span className="slot-who">
                    {t.lab.queueEntry({
                      address: entry.address,
                      port: entry.port,
                      state: entry.state,
                    })}
                  </span>
                  <span className="slot-tag">
                    {entry.legitimate ? t.lab.legitimate : t.lab.forged}
                  </span>
                  <span className="slot-detail">
                    {t.lab.synAcksSent(entry.synAcksSent)}
                    {entry.nextRetransmitAt !== null &&
                      ` · ${t.lab.nextSynAck(seconds(entry.nextRetransmitAt))}`}
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
