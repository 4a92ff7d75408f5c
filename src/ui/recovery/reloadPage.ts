/**
 * Reloads the page. What the user had is kept without help: the address bar holds the view,
 * scenario, step and language, and the Lab saves its session on every change.
 */
export function reloadPage(): void {
  window.location.reload();
}
