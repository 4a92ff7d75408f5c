/**
 * The words of a Linux-profile run: the kernel behaviours its reasons name. Only a Linux trace
 * carries these codes, and no Linux trace is in the first view, so they load with the first one
 * shown (`linuxMessages` joins them to the core's reason templates).
 */
import type { LinuxReasonCode } from '../../sim/index.ts';

export interface LinuxMessages {
  /** A template per Linux reason code, with the English template's `{placeholders}`. */
  reasons: Record<LinuxReasonCode, string>;
}
