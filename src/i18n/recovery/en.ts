/** English: load failures, view errors and updates. */
import type { RecoveryMessages } from './messages.ts';

export const recoveryEn: RecoveryMessages = {
  updateReady: 'A new version of Handshake Lab is ready.',
  updateReadyDetail:
    'This page keeps working as it is; reload when it suits you to get the new one.',
  loadFailedTitle: 'Part of Handshake Lab could not be loaded',
  loadFailed:
    'A new version was probably published since this page opened (or the network dropped). Reload to get it.',
  viewFailedTitle: 'Something went wrong in this view',
  viewFailed: 'The rest of the app still works. Try again, or reload.',
  errorDetail: 'What the error said',
  keptOnReload:
    'Reloading keeps your scenario, step and language (they are in the address) and your Lab session.',
  reload: 'Reload',
  tryAgain: 'Try again',
  later: 'Not now',
};
