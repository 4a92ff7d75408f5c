/** Copies text to the clipboard; where the browser refuses, selects it for the user to copy. */
import { useCallback, useState } from 'react';

export type CopyStatus = 'idle' | 'copied' | 'failed';

export function useCopy(): {
  status: CopyStatus;
  copy: (text: string, field: HTMLInputElement | HTMLTextAreaElement | null) => void;
} {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const copy = useCallback((text: string, field: HTMLInputElement | HTMLTextAreaElement | null) => {
    const fail = (): void => {
      field?.focus();
      field?.select();
      setStatus('failed');
    };
    if (typeof navigator.clipboard === 'undefined') {
      fail();
      return;
    }
    navigator.clipboard.writeText(text).then(() => {
      setStatus('copied');
    }, fail);
  }, []);
  return { status, copy };
}
