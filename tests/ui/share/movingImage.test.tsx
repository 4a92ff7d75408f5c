/**
 * The moving picture in the dialogs: the Export dialog downloads an animated SVG of the run, and
 * the Embed dialog offers it as an image that links back to the run, for platforms that strip
 * iframes.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../helpers/renderApp.tsx';

const created: Blob[] = [];
const realCreate = URL.createObjectURL.bind(URL);

beforeEach(() => {
  created.length = 0;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) created.push(blob);
    return 'blob:test';
  };
  URL.revokeObjectURL = () => undefined;
  // A download clicks a link; here it must not navigate the test's window away.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

afterEach(() => {
  URL.createObjectURL = realCreate;
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('the moving picture', () => {
  it('downloads an animated SVG of the run, with its title and a link line back', async () => {
    await renderApp('?scenario=lost-syn');
    fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export this run' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Download animated SVG' }));
    await waitFor(() => {
      expect(created).toHaveLength(1);
    });
    const svg = await (created[0] ?? new Blob()).text();
    expect(svg).toContain('@keyframes hl-reveal');
    expect(svg).toContain('>Lost SYN</text>');
    // The line names the scenario only: the reader opens it at the start, in their language.
    expect(svg).toMatch(/>▶ Step through it live: [^<]*\/\?scenario=lost-syn<\/text>/);
    expect(svg).toContain('width="400"');
  });

  it('offers the picture as a linked image in Markdown and HTML when iframes are stripped', async () => {
    await renderApp('?scenario=lost-syn&lang=ko');
    fireEvent.click(await screen.findByRole('button', { name: '임베드' }));
    const dialog = await screen.findByRole('dialog');
    const region = within(dialog).getByRole('region', { name: /iframe을 쓸 수 없다면/ });
    const markdown = within(region).getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Markdown',
    }).value;
    expect(markdown).toMatch(
      /^\[!\[SYN 유실: 재생되는 TCP 래더 다이어그램\]\(fixture-lost-syn-animated\.svg\)\]\(http[^)]*\?scenario=lost-syn&step=0&lang=ko\)$/,
    );
    const html = within(region).getByRole<HTMLTextAreaElement>('textbox', { name: /HTML/ }).value;
    expect(html).toMatch(
      /^<a href="[^"]*\?scenario=lost-syn&amp;step=0&amp;lang=ko"><img src="fixture-lost-syn-animated\.svg" alt="SYN 유실: /,
    );
    expect(within(region).getByRole('button', { name: '움직이는 GIF 내려받기' })).toBeEnabled();
  });
});
