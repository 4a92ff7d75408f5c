/**
 * The catalogue a Linux-profile run is narrated with: the Linux reasons (src/i18n/linux/, loaded
 * with the first Linux trace shown) join the core's reason templates.
 */
import type { MessagesWith } from './messages.ts';

export function linuxMessages(t: MessagesWith<'linux'>): MessagesWith<'linux'> {
  return { ...t, reasonTemplates: { ...t.reasonTemplates, ...t.linux.reasons } };
}
