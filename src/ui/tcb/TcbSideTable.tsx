/**
 * One endpoint's TCB as a table: each variable, its value (a value the step changed is marked,
 * with the one before it), and one line on what it means. Before the connection exists, or once
 * it is gone, it says so instead of showing numbers.
 */
import { changedFields, showSeq } from '../../layout/index.ts';
import {
  TCB_FIELDS,
  peerOf,
  type EndpointId,
  type TcbAtStep,
  type TcbField,
  type TcbValues,
} from '../../sim/index.ts';
import { tcbCatalogues } from '../../i18n/tcb/catalogues.ts';
import { useMessagesWith, useNumberMode, useRun } from '../run/index.ts';

/** Whose sequence space a variable counts in: this side's, the peer's, or none (a size). */
const SPACE: Record<TcbField, 'own' | 'peer' | null> = {
  iss: 'own',
  irs: 'peer',
  sndUna: 'own',
  sndNxt: 'own',
  sndWnd: null,
  rcvNxt: 'peer',
  rcvWnd: null,
  mss: null,
  sndScale: null,
  rcvScale: null,
};
const BYTES: ReadonlySet<TcbField> = new Set(['sndWnd', 'rcvWnd', 'mss']);

export interface TcbSideTableProps {
  endpoint: EndpointId;
  at: TcbAtStep;
  inferred: boolean;
}

export function TcbSideTable({ endpoint, at, inferred }: TcbSideTableProps) {
  const t = useMessagesWith(tcbCatalogues);
  const mode = useNumberMode();
  const { bases } = useRun();
  const name = t.endpoint[endpoint];
  const show = (tcb: TcbValues, field: TcbField): string => {
    const value = tcb[field];
    if (value === null) return t.tcb.notYet;
    const space = SPACE[field];
    if (space !== null) {
      const owner = space === 'own' ? endpoint : peerOf(endpoint);
      return String(showSeq(value, owner, mode, bases));
    }
    return BYTES.has(field) ? t.tcb.bytes(String(value)) : String(value);
  };
  const { now, before } = at;
  if (now === null) {
    return (
      <div className="tcb-side" data-endpoint={endpoint}>
        <h3>{name}</h3>
        <p className="tcb-empty">{at.existed ? t.tcb.closed : t.tcb.noConnectionYet}</p>
      </div>
    );
  }
  const changed = changedFields(now, before);
  return (
    <div className="tcb-side" data-endpoint={endpoint}>
      <table className="tcb-table">
        <caption>
          {name}
          {inferred && <span className="tcb-inferred-tag"> ({t.tcb.inferredTag})</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.tcb.variable}</th>
            <th scope="col">{t.tcb.value}</th>
            <th scope="col" className="tcb-meaning">
              {t.tcb.meaning}
            </th>
          </tr>
        </thead>
        <tbody>
          {TCB_FIELDS.map((field) => {
            const isChanged = changed.has(field) && before !== null;
            return (
              <tr key={field} className={isChanged ? 'is-changed' : undefined} data-field={field}>
                <th scope="row">
                  <code>{t.tcb.rows[field].name}</code>
                </th>
                <td className="tcb-value">
                  {isChanged && <span aria-hidden="true">▲ </span>}
                  <span className="tcb-now">{show(now, field)}</span>
                  {isChanged && (
                    <span className="tcb-was"> ({t.tcb.changedFrom(show(before, field))})</span>
                  )}
                </td>
                <td className="tcb-meaning">{t.tcb.rows[field].meaning}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
