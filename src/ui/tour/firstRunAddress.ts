/**
 * Whether an address opens the app in general (where a newcomer lands) or a specific screen
 * somebody chose: a shared link to a scenario or step, another view, presentation mode, or a
 * custom scenario in the fragment. A link is sent to show that screen, so the tour stays away;
 * the language and number mode do not name a screen.
 */
const SCREEN_PARAMS = ['scenario', 'step', 'view', 'present', 'lab', 'sample'];

export function opensSpecificScreen(search: string, hash: string): boolean {
  const params = new URLSearchParams(search);
  return hash.length > 1 || SCREEN_PARAMS.some((p) => params.has(p));
}
