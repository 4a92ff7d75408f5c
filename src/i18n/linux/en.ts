/** A Linux-profile run's words in English: the core's own templates (src/sim/linux-reasons.ts). */
import { LINUX_REASONS, type LinuxReasonCode } from '../../sim/index.ts';
import type { LinuxMessages } from './messages.ts';

export const linuxEn: LinuxMessages = {
  reasons: Object.fromEntries(
    Object.entries(LINUX_REASONS).map(([code, entry]) => [code, entry.en]),
  ) as Record<LinuxReasonCode, string>,
};
