/** Presses the lab's Export button and returns the file it would have downloaded. */
import { act, screen } from '@testing-library/react';

export async function exportedText(): Promise<string> {
  const captured: { blob: Blob | null } = { blob: null };
  const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    if (b instanceof Blob) captured.blob = b;
    return 'blob:lab';
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  act(() => {
    screen.getByRole('button', { name: 'Export as a scenario file' }).click();
  });
  create.mockRestore();
  revoke.mockRestore();
  click.mockRestore();
  if (captured.blob === null) throw new Error('nothing was exported');
  return captured.blob.text();
}
