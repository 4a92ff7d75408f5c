/**
 * Opening a scenario file picked or dropped by the user. A valid one replaces the session (undo
 * brings the old one back); anything else leaves the session as it was and says why.
 */
import { useCallback } from 'react';
import { importScenarioText, MAX_IMPORT_BYTES, FROM_THE_START } from '../../../lab/index.ts';
import { decodeScenarioBytes } from '../../../scenarios/index.ts';
import { useMessages } from '../../run/index.ts';
import type { LabController } from '../useLabSession.ts';

export function useOpenFile(lab: LabController): (file: File) => Promise<void> {
  const { dispatch } = lab;
  const { lang } = useMessages();
  return useCallback(
    async (file: File) => {
      if (file.size > MAX_IMPORT_BYTES) {
        dispatch({ type: 'notice', notice: { kind: 'too-large', file: file.name } });
        return;
      }
      let text: string;
      try {
        text = decodeScenarioBytes(new Uint8Array(await file.arrayBuffer()));
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        dispatch({
          type: 'notice',
          notice: { kind: 'import-failed', file: file.name, errors: [detail] },
        });
        return;
      }
      const result = importScenarioText(text, file.name, lang);
      if (!result.ok) {
        dispatch({ type: 'notice', notice: result.notice });
        return;
      }
      dispatch({
        type: 'replace',
        session: result.session,
        moment: FROM_THE_START,
        notice: { kind: 'imported', file: file.name },
      });
    },
    [dispatch, lang],
  );
}
