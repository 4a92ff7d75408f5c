/**
 * Writes part of what is on screen into the address bar without a reload or a history entry
 * (a step, a mode, a setting), keeping the rest of the address as it is.
 */
import { patchScreenHref, type ScreenAddress } from '../../links/index.ts';

export function replaceAddress(patch: Partial<ScreenAddress>): void {
  const { pathname, search, hash } = window.location;
  const next = `${pathname}${patchScreenHref({ search, hash }, patch)}`;
  if (next !== `${pathname}${search}${hash}`) {
    window.history.replaceState(window.history.state, '', next);
  }
}
