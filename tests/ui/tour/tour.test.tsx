import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { renderApp, fixtureLibrary } from '../../helpers/renderApp.tsx';
import { EmbedApp } from '../../../src/ui/embed/index.ts';
import { DEFAULT_EMBED } from '../../../src/links/index.ts';
import { TOUR_SEEN_KEY } from '../../../src/ui/tour/tourStorage.ts';
import { enAll as en, koAll as ko } from '../../helpers/catalogues.ts';
import { App } from '../../../src/ui/shell/App.tsx';

const tour = (): HTMLElement | null =>
  screen.queryByRole('dialog', { name: /Two lanes|Step through|Every step|Break it/ });

/** The tour's dialog is its own chunk, loaded when the tour opens: waits for it. */
const findTour = (): Promise<HTMLElement> =>
  screen.findByRole('dialog', { name: /Two lanes|Step through|Every step|Break it/ });

function click(name: string | RegExp): void {
  act(() => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

describe('the first-run tour', () => {
  it('shows once, on a bare address, walks four cards and is remembered', async () => {
    const app = await renderApp('', ['en-US'], { firstRun: true });
    const dialog = await findTour();
    expect(within(dialog).getByText('1 of 4')).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' }));
    // The card outlines what it talks about: first the ladder.
    expect(document.querySelector('#ladder')?.hasAttribute('data-tour-target')).toBe(true);
    click('Next');
    expect(
      screen.getByRole('heading', { name: en.tour.steps.stepping.heading }),
    ).toBeInTheDocument();
    expect(document.querySelector('.player-bar')?.hasAttribute('data-tour-target')).toBe(true);
    expect(document.querySelector('#ladder')?.hasAttribute('data-tour-target')).toBe(false);
    click('Back');
    expect(screen.getByText('1 of 4')).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' }));
    click('Next');
    click('Next');
    click('Next');
    expect(screen.getByText('4 of 4')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skip the tour' })).toBeNull();
    click('Start');
    expect(tour()).toBeNull();
    expect(document.querySelector('[data-tour-target]')).toBeNull();
    expect(window.localStorage.getItem(TOUR_SEEN_KEY)).not.toBeNull();
    app.result.unmount();

    // The next visit: no tour, but the help button is there.
    const again = await renderApp('', ['en-US']);
    expect(tour()).toBeNull();
    expect(screen.getByRole('button', { name: 'Tour' })).toBeInTheDocument();
    again.result.unmount();
  });

  it('can be skipped, and the help button brings it back', async () => {
    await renderApp('', ['en-US'], { firstRun: true });
    expect(await findTour()).toBeInTheDocument();
    click('Skip the tour');
    expect(tour()).toBeNull();
    expect(window.localStorage.getItem(TOUR_SEEN_KEY)).not.toBeNull();
    click('Tour');
    expect(await findTour()).toBeInTheDocument();
    expect(screen.getByText('1 of 4')).toBeInTheDocument();
  });

  it('keeps the player’s keys from stepping the run behind it', async () => {
    const app = await renderApp('', ['en-US'], { firstRun: true });
    const before = app.stepCount();
    act(() => {
      fireEvent.keyDown(screen.getByRole('button', { name: 'Next' }), { key: 'ArrowRight' });
    });
    expect(app.stepCount()).toBe(before);
  });

  it('speaks Korean', async () => {
    await renderApp('?lang=ko', ['ko-KR'], { firstRun: true });
    expect(
      await screen.findByRole('heading', { name: ko.tour.steps.ladder.heading }),
    ).toBeInTheDocument();
    expect(screen.getByText('4단계 중 1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '둘러보기 건너뛰기' })).toBeInTheDocument();
  });

  it.each(['?scenario=lost-syn', '?scenario=lost-syn&step=3', '?present=1', '?view=lab'])(
    'stays away from an address that opens a specific screen (%s)',
    async (search) => {
      await renderApp(search, ['en-US'], { firstRun: true });
      expect(tour()).toBeNull();
      expect(window.localStorage.getItem(TOUR_SEEN_KEY)).toBeNull();
    },
  );

  it('counts as seen when storage refuses access, and never throws', async () => {
    // As a browser with site data blocked does: reading window.localStorage throws.
    const storage = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    try {
      render(<App library={fixtureLibrary()} search="" languages={['en-US']} />);
      await screen.findByRole('button', { name: 'Tour' });
      expect(tour()).toBeNull();
      click('Tour');
      expect(await findTour()).toBeInTheDocument();
      click('Skip the tour');
      expect(tour()).toBeNull();
    } finally {
      storage.mockRestore();
    }
  });

  it('is not part of the embed', async () => {
    window.localStorage.removeItem(TOUR_SEEN_KEY);
    render(
      <EmbedApp
        library={fixtureLibrary()}
        config={DEFAULT_EMBED}
        problem={null}
        appUrl="https://lab.example/"
        fragment=""
        frameBridge={null}
        languages={['en-US']}
      />,
    );
    await screen.findByRole('group', { name: /time-space diagram/i });
    expect(tour()).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tour' })).toBeNull();
  });
});
