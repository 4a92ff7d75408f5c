import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/ui/shell/App.tsx';
import { screenZoom } from '../../../src/ui/present/presentationZoom.ts';
import { fixtureLibrary, renderApp } from '../../helpers/renderApp.tsx';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the share toolbar', () => {
  it('puts five named buttons in the header', async () => {
    await renderApp('?scenario=lost-syn&step=2');
    const group = await screen.findByRole('group', { name: 'Share and present' });
    expect(group.closest('header')).not.toBeNull();
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Share', 'Embed', 'Present', 'Export', 'Glossary']);
  });

  it('shares a link to the current step and language, and copies it', async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => Promise.resolve(void writes.push(text)) },
    });
    const app = await renderApp('?scenario=lost-syn');
    app.stepForward(3);
    fireEvent.click(await screen.findByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this view' });
    const field = within(dialog).getByRole('textbox', { name: 'Link' });
    const link = new URL((field as HTMLInputElement).value);
    expect(link.searchParams.get('step')).toBe('3');
    expect(link.searchParams.get('lang')).toBe('en');
    await within(dialog).findByText('Copied to the clipboard.');
    expect(writes).toEqual([link.href]);
  });

  it('says so when the clipboard refuses, and selects the link instead', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    await renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText(/Could not copy automatically/);
  });

  it('writes an iframe snippet that follows the chosen steps, theme and height', async () => {
    await renderApp('?scenario=lost-syn');
    fireEvent.click(await screen.findByRole('button', { name: 'Embed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Embed in a blog post' });
    const snippet = (): string =>
      within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'The iframe' }).value;
    expect(snippet()).toMatch(/embed\.html\?scenario=lost-syn&amp;lang=en"/);
    fireEvent.change(within(dialog).getByRole('spinbutton', { name: 'From step' }), {
      target: { value: '2' },
    });
    fireEvent.change(within(dialog).getByRole('spinbutton', { name: 'To step' }), {
      target: { value: '6' },
    });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Theme' }), {
      target: { value: 'dark' },
    });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Compact height' }));
    expect(snippet()).toContain(
      'embed.html?scenario=lost-syn&amp;from=2&amp;to=6&amp;lang=en&amp;theme=dark&amp;compact=1"',
    );
    expect(snippet()).toContain('title="Handshake Lab: Lost SYN"');
    expect(snippet()).toContain('height="440"');
    const element = within(dialog).getByRole<HTMLTextAreaElement>('textbox', {
      name: /custom element/,
    }).value;
    expect(element).toContain(
      '<handshake-lab scenario="lost-syn" lang="en" theme="dark" from="2" to="6" compact="">',
    );
  });

  it('exports the run as Mermaid and an RFC listing in the current number mode', async () => {
    await renderApp('?scenario=lost-syn');
    fireEvent.click(screen.getByRole('radio', { name: 'Relative' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export this run' });
    const text = (name: string): string =>
      within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name }).value;
    expect(text('Mermaid sequence diagram')).toContain('  C-xS: SYN seq=0 len=0 (lost)\n');
    expect(text('RFC 9293-style listing').replace(/ +/g, ' ')).toContain(
      '2. SYN-SENT --> <SEQ=0><CTL=SYN> ... (lost)',
    );
    expect(
      within(dialog).getByText('Sequence numbers are relative to each side’s ISN.'),
    ).toBeInTheDocument();
  });

  it('explains every state and flag in Korean', async () => {
    await renderApp('?lang=ko');
    fireEvent.click(await screen.findByRole('button', { name: '용어집' }));
    const dialog = await screen.findByRole('dialog', { name: '용어집' });
    for (const state of [
      'CLOSED',
      'LISTEN',
      'SYN-SENT',
      'SYN-RECEIVED',
      'ESTABLISHED',
      'FIN-WAIT-1',
      'FIN-WAIT-2',
      'CLOSE-WAIT',
      'CLOSING',
      'LAST-ACK',
      'TIME-WAIT',
    ]) {
      expect(within(dialog).getByText(state)).toBeInTheDocument();
    }
    for (const flag of ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG', 'ECE', 'CWR']) {
      expect(within(dialog).getByText(flag)).toBeInTheDocument();
    }
    expect(within(dialog).getByText(/2 MSL 동안 기다립니다/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: '닫기' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });
});

describe('link problems', () => {
  it('tell the user what was wrong, over the default scenario, until dismissed', async () => {
    render(
      <App
        library={fixtureLibrary()}
        search=""
        languages={['ko']}
        linkProblem={{
          kind: 'invalid',
          errors: ['events[0].call: expected one of listen, connect, send, close, abort'],
          more: 0,
        }}
      />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('링크 속 시나리오가 올바르지 않습니다: events[0].call');
    expect(alert.textContent).toContain('대신 기본 시나리오를 보여 줍니다.');
    fireEvent.click(within(alert).getByRole('button', { name: '알림 닫기' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('presentation mode', () => {
  it('hides the chrome, captions the narration, blanks, and steps on clicker keys', async () => {
    const app = await renderApp('?scenario=handshake&step=2');
    fireEvent.click(await screen.findByRole('button', { name: 'Present' }));
    // The palette and the caption change at once; the mode's controls load with it.
    expect(document.documentElement.dataset.presenting).toBe('');
    expect(document.documentElement.style.getPropertyValue('--text')).toBe('#000000');
    expect(window.location.search).toContain('present=1');
    const caption = document.querySelector('.presentation-caption');
    expect(caption?.querySelector('.caption-headline')?.textContent).toBe(
      document.querySelector('.narration-headline')?.textContent,
    );
    // The why and its rule come with the headline: in a lecture they are the lesson.
    expect(caption?.querySelector('.caption-reason')?.textContent).toBe(
      document.querySelector('.narration-reason')?.textContent,
    );
    // The toolbar leaves the header while presenting.
    expect(screen.queryByRole('group', { name: 'Share and present' })).toBeNull();

    await screen.findByRole('group', { name: 'Presentation' });
    // Z and X zoom the scene in and out (laid out narrower, drawn larger), 0 fits it again.
    // How many screen pixels one pixel of the layout takes:
    const ladderWidth = (): number => {
      const svg = document.querySelector('svg.ladder');
      const box = svg?.getAttribute('viewBox')?.split(' ') ?? [];
      return Number(svg?.getAttribute('width')) / Number(box[2]);
    };
    // Once its controls have loaded, the mode fits the scene to the screen.
    await waitFor(() => {
      expect(ladderWidth()).toBeCloseTo(screenZoom(window.innerWidth, window.innerHeight), 2);
    });
    const fitted = ladderWidth();
    app.key('z');
    expect(document.querySelector('.presentation-zoom')?.textContent).toBe('Zoom 115%');
    expect(ladderWidth()).toBeGreaterThan(fitted);
    app.key('x');
    app.key('x');
    expect(document.querySelector('.presentation-zoom')?.textContent).toBe('Zoom 87%');
    app.key('0');
    expect(document.querySelector('.presentation-zoom')?.textContent).toBe('Zoom 100%');
    expect(ladderWidth()).toBe(fitted);

    app.key('ArrowDown');
    expect(app.stepCount()).toMatch(/^Step 3 of /);
    app.key('b');
    expect(document.querySelector('.presentation-blank')).not.toBeNull();
    app.key('PageDown');
    expect(document.querySelector('.presentation-blank')).toBeNull();
    expect(app.stepCount()).toMatch(/^Step 3 of /);
    app.key('?');
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(sheet).getByText(/^Zoom the diagram in, out/)).toBeInTheDocument();
    app.key('Escape');
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(document.documentElement.dataset.presenting).toBe('');
    act(() => {
      fireEvent.keyDown(document.body, { key: 'Escape' });
    });
    expect(document.documentElement.dataset.presenting).toBeUndefined();
    expect(document.documentElement.style.getPropertyValue('--text')).toBe('');
    expect(window.location.search).not.toContain('present=1');
  });
});
