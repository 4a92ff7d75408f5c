/** English: share, embed, presentation and export. */
import { budgetEn } from '../budget/en.ts';
import type { ShareMessages } from './messages.ts';

export const shareEn: ShareMessages = {
  toolbar: 'Share and present',
  share: 'Share',
  embed: 'Embed',
  present: 'Present',
  export: 'Export',
  glossary: 'Glossary',
  close: 'Close',
  link: 'Link',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy automatically: the link is selected, copy it with Ctrl+C (⌘C).',

  linkProblemTitle: 'This link could not be opened',
  linkProblem: (p) => {
    switch (p.kind) {
      case 'unknown-scenario':
        return `There is no built-in scenario called “${p.name}”.`;
      case 'too-long':
        return `The scenario in the link is ${p.length} characters long; at most ${p.max} are accepted.`;
      case 'unknown-version':
        return `The link was made in a format this version does not know (“${p.version}”).`;
      case 'empty':
        return 'The link carries no scenario: there is nothing after “s=1.”.';
      case 'bad-character':
        return `The scenario in the link is damaged: character ${p.position + 1} (“${p.character}”) is one a share link never has.`;
      case 'impossible-length':
        return `The scenario in the link is ${p.length} characters long, a length no share link has: it was cut or changed.`;
      case 'cut-short':
        return 'The scenario in the link ends too early: the link was cut short. Copy the whole link again.';
      case 'bad-compression':
        return 'The scenario in the link is damaged: its compressed data does not decompress.';
      case 'too-large':
        return `The scenario in the link unpacks to more than ${p.max} bytes.`;
      case 'bad-json':
        return `The scenario in the link is not valid JSON (${p.detail}).`;
      case 'invalid':
        return `The scenario in the link is not valid: ${p.errors.join('; ')}${p.more > 0 ? ` (and ${p.more} more)` : ''}.`;
      case 'too-heavy':
        return `The scenario in the link would send about ${p.segments.toLocaleString('en-US')} segments; a link may send at most ${p.max.toLocaleString('en-US')} (${budgetEn.cause(p.cause)}).`;
      case 'over-budget':
        return `The scenario in the link is too much work for a link: ${budgetEn.exceeded(p.exceeded)}.`;
      case 'simulation-failed':
        return `The scenario in the link could not be simulated (${p.detail}).`;
      case 'cancelled':
        return 'You cancelled the run of the scenario in the link.';
    }
  },
  showingDefault: 'Showing the default scenario instead.',
  linkRunning: 'Simulating the scenario in the link…',
  linkRunProgress: (segments, seconds) =>
    `${segments.toLocaleString('en-US')} segments so far, at t = ${seconds} s`,
  cancelLinkRun: 'Cancel',
  dismiss: 'Dismiss',
  copy: 'Copy',
  openFullApp: 'Open in Handshake Lab',
  lockedRange: (from, to) => `Steps ${from}–${to}`,

  presentation: 'Presentation',
  exitPresentation: 'Exit presentation',
  blanked: 'The screen is blank. Press B, or any key, to bring it back.',
  fullscreen: 'Fullscreen',
  shortcutsTitle: 'Keyboard shortcuts',
  shortcutsHint: 'Press ? for the shortcuts',
  shortcuts: [
    { keys: ['PageDown', '→', '↓'], action: 'Next step (what a slide clicker sends)' },
    { keys: ['PageUp', '←', '↑'], action: 'Previous step' },
    { keys: ['Space'], action: 'Play or pause' },
    { keys: ['Home', 'End'], action: 'First or last step' },
    { keys: ['+', '−'], action: 'Faster or slower' },
    { keys: ['B', '.'], action: 'Blank the screen (again to bring it back)' },
    { keys: ['Z', 'X', '0'], action: 'Zoom the diagram in, out, or back to fit the screen' },
    { keys: ['F'], action: 'Fullscreen on or off' },
    { keys: ['?'], action: 'This list' },
    { keys: ['Esc'], action: 'Close this list, or leave presentation mode' },
  ],
};
