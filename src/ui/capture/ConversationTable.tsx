/**
 * The capture's TCP conversations, like Wireshark's conversation list: sortable by any column,
 * each row chosen with its stream button (Tab to it, or move with the Up and Down arrows).
 * Handshake and close say yes or no in words; the check marks only echo them.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useMessagesWith } from '../run/index.ts';
import { endpointText, formatCount, formatSeconds } from '../../i18n/index.ts';
import {
  CONVERSATION_COLUMNS,
  closeKind,
  nextSort,
  sortConversations,
  type ConversationSort,
} from './conversationRows.ts';
import type { ConversationSummary } from './workerProtocol.ts';
import { captureCatalogues } from '../../i18n/capture/catalogues.ts';

/** Rows rendered at first; more on request (a capture can list thousands). */
const PAGE = 100;

export interface ConversationTableProps {
  conversations: readonly ConversationSummary[];
  total: number;
  chosen: number | null;
  onChoose: (stream: number) => void;
}

const NUMERIC = new Set(['stream', 'packets', 'bytes', 'duration']);

export function ConversationTable({
  conversations,
  total,
  chosen,
  onChoose,
}: ConversationTableProps) {
  const t = useMessagesWith(captureCatalogues);
  const headingId = useId();
  const noteId = useId();
  const [sort, setSort] = useState<ConversationSort>({ column: 'stream', direction: 'ascending' });
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => sortConversations(conversations, sort), [conversations, sort]);
  const body = useRef<HTMLTableSectionElement>(null);

  const moveFocus = (e: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    const buttons = body.current?.querySelectorAll<HTMLButtonElement>('button.stream-button');
    const next = buttons === undefined ? undefined : Array.from(buttons)[index + step];
    if (next === undefined) return;
    e.preventDefault();
    next.focus();
  };

  return (
    <section className="panel capture-conversations" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel-title">
        {t.capture.conversations}
        <span className="panel-meta">{formatCount(total, t.lang)}</span>
      </h3>
      <div className="capture-table-scroll">
        <table
          className="capture-table"
          aria-label={t.capture.conversations}
          aria-describedby={noteId}
        >
          <thead>
            <tr>
              {CONVERSATION_COLUMNS.map((column) => (
                <th
                  key={column}
                  scope="col"
                  className={NUMERIC.has(column) ? 'numeric' : undefined}
                  aria-sort={sort.column === column ? sort.direction : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => {
                      setSort((s) => nextSort(s, column));
                    }}
                  >
                    {t.capture.column[column]}
                    <span className="sort-mark" aria-hidden="true">
                      {sort.column !== column ? '↕' : sort.direction === 'ascending' ? '▲' : '▼'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body}>
            {rows.slice(0, shown).map((c, index) => {
              const current = c.stream === chosen;
              const close = closeKind(c);
              return (
                <tr key={c.stream} className={current ? 'is-current' : undefined}>
                  <th scope="row" className="numeric">
                    <button
                      type="button"
                      className="stream-button"
                      aria-current={current ? 'true' : undefined}
                      onClick={() => {
                        onChoose(c.stream);
                      }}
                      onKeyDown={(e) => {
                        moveFocus(e, index);
                      }}
                    >
                      {current && (
                        <span className="now-playing" aria-hidden="true">
                          ▶{' '}
                        </span>
                      )}
                      {t.capture.stream(c.stream)}
                    </button>
                  </th>
                  <td className="endpoint">{endpointText(c.a)}</td>
                  <td className="endpoint">{endpointText(c.b)}</td>
                  <td className="numeric">{formatCount(c.packets, t.lang)}</td>
                  <td className="numeric">{formatCount(c.bytes, t.lang)}</td>
                  <td className="numeric">
                    {t.capture.seconds(formatSeconds(c.duration, t.lang))}
                  </td>
                  <td className={c.hasHandshake ? 'yes' : 'no'}>
                    <span aria-hidden="true">{c.hasHandshake ? '✓ ' : '✗ '}</span>
                    {t.capture.handshake[c.hasHandshake ? 'yes' : 'no']}
                  </td>
                  <td className={close === 'none' ? 'no' : 'yes'}>
                    <span aria-hidden="true">{close === 'none' ? '✗ ' : '✓ '}</span>
                    {t.capture.close[close]}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length > shown && (
        <button
          type="button"
          className="capture-button show-more"
          onClick={() => {
            setShown((n) => n + PAGE);
          }}
        >
          {t.capture.showMore(Math.min(PAGE, rows.length - shown))}
        </button>
      )}
      <p id={noteId} className="hint">
        {t.capture.conversationsNote(conversations.length, total)} {t.capture.abNote}
      </p>
    </section>
  );
}
