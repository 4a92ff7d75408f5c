/** Saving what the app made (an export, a lab session) as a file: no server involved. */

/** Offers a blob as a download under `name`. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: click() only schedules the download, and a URL revoked before
  // the browser has fetched it (Firefox, Safari) cancels the download or saves an empty file.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** Offers text as a download. */
export function downloadText(text: string, name: string, type: string): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), name);
}
