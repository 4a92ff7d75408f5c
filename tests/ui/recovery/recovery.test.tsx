/**
 * What a failed chunk or a failing view leaves on screen: a second try, then a message with a
 * reload, and the rest of the app untouched. Rendered in StrictMode, as the app runs.
 */
import { StrictMode, type ReactNode } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { en } from '../../../src/i18n/index.ts';
import { MessagesContext } from '../../../src/ui/run/index.ts';
import { ChunkLoadError, loadChunk } from '../../../src/links/index.ts';
import { LazyBoundary } from '../../../src/ui/recovery/LazyBoundary.tsx';
import { lazyView } from '../../../src/ui/recovery/lazyView.ts';
import { UpdateBanner } from '../../../src/ui/recovery/UpdateBanner.tsx';
import {
  announceUpdate,
  dismissUpdateNotice,
  reportLoadFailure,
} from '../../../src/ui/recovery/updateNotice.ts';
import { ViewMain } from '../../../src/ui/recovery/ViewMain.tsx';
import { reloadPage } from '../../../src/ui/recovery/reloadPage.ts';

vi.mock('../../../src/ui/recovery/reloadPage.ts', () => ({ reloadPage: vi.fn() }));

const r = en.recovery;

/** A dynamic import stand-in that fails its first `failures` calls, then gives `Component`. */
function flakyChunk(failures: number, text: string) {
  let calls = 0;
  const load = vi.fn(() => {
    calls += 1;
    if (calls <= failures) {
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    }
    return Promise.resolve({ default: () => <p>{text}</p> });
  });
  return load;
}

function renderWithMessages(children: ReactNode) {
  return render(
    <StrictMode>
      <MessagesContext.Provider value={en}>
        <UpdateBanner />
        {children}
      </MessagesContext.Provider>
    </StrictMode>,
  );
}

beforeEach(() => {
  // React reports every error a boundary catches; the tests look at the screen instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  act(() => {
    dismissUpdateNotice();
  });
  vi.restoreAllMocks();
});

describe('loadChunk', () => {
  it('tries a failed load once more, and only once', async () => {
    const healed = flakyChunk(1, 'x');
    await expect(loadChunk(healed)).resolves.toHaveProperty('default');
    expect(healed).toHaveBeenCalledTimes(2);

    const fine = flakyChunk(0, 'x');
    await loadChunk(fine);
    expect(fine).toHaveBeenCalledTimes(1);

    const gone = flakyChunk(5, 'x');
    const error: unknown = await loadChunk(gone).catch((e: unknown) => e);
    expect(gone).toHaveBeenCalledTimes(2);
    expect(error).toBeInstanceOf(ChunkLoadError);
    expect((error as ChunkLoadError).cause).toBeInstanceOf(TypeError);
  });
});

describe('a lazy view', () => {
  it('shows the view when the second try loads it', async () => {
    const load = flakyChunk(1, 'the lab');
    const View = lazyView(load);
    renderWithMessages(
      <ViewMain>
        <LazyBoundary fallback={<p>loading</p>}>
          <View />
        </LazyBoundary>
      </ViewMain>,
    );
    expect(await screen.findByText('the lab')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so and offers a reload when its chunk is gone, and Try again loads afresh', async () => {
    const load = flakyChunk(2, 'the capture view');
    const View = lazyView(load);
    renderWithMessages(
      <>
        <header>the tabs</header>
        <ViewMain>
          <LazyBoundary fallback={<p>loading</p>}>
            <View />
          </LazyBoundary>
        </ViewMain>
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(r.loadFailedTitle);
    expect(alert).toHaveTextContent(r.keptOnReload);
    expect(screen.getByText('the tabs')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);

    fireEvent.click(screen.getByRole('button', { name: r.reload }));
    expect(reloadPage).toHaveBeenCalledTimes(1);

    // React.lazy would rethrow the old failure; the view forgot it and loads again.
    fireEvent.click(screen.getByRole('button', { name: r.tryAgain }));
    expect(await screen.findByText('the capture view')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(3);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('closes a dialog whose chunk is gone, raises the app-wide banner, and tries again on reopening', async () => {
    const load = flakyChunk(2, 'the export dialog');
    const Dialog = lazyView(load);
    const onLoadFailure = vi.fn();
    const dialog = (key: string) => (
      <LazyBoundary key={key} fallback={null} loadFailure="notice" onLoadFailure={onLoadFailure}>
        <Dialog />
      </LazyBoundary>
    );
    const { rerender } = renderWithMessages(dialog('first'));
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveClass('update-banner');
    expect(banner).toHaveTextContent(r.loadFailedTitle);
    expect(onLoadFailure).toHaveBeenCalled();
    expect(screen.queryByText('the export dialog')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);

    rerender(
      <StrictMode>
        <MessagesContext.Provider value={en}>{dialog('again')}</MessagesContext.Provider>
      </StrictMode>,
    );
    expect(await screen.findByText('the export dialog')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(3);
  });
});

describe('a view that throws', () => {
  it('is replaced by a message with what the error said; Try again draws it again', () => {
    let broken = true;
    function Ladder() {
      if (broken) throw new Error('layout: no lane for endpoint "x"');
      return <p>the ladder</p>;
    }
    renderWithMessages(
      <>
        <header>the tabs</header>
        <ViewMain>
          <Ladder />
        </ViewMain>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(r.viewFailedTitle);
    expect(alert).toHaveTextContent('layout: no lane for endpoint "x"');
    expect(screen.getByText('the tabs')).toBeInTheDocument();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: r.tryAgain }));
    expect(screen.getByText('the ladder')).toBeInTheDocument();
  });
});

describe('the update banner', () => {
  it('says politely that a new version is ready, and goes when put off', () => {
    renderWithMessages(null);
    expect(screen.queryByRole('status')).toBeNull();
    act(() => {
      announceUpdate();
    });
    expect(screen.getByRole('status')).toHaveTextContent(r.updateReady);
    fireEvent.click(screen.getByRole('button', { name: r.later }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('lets a failure to load outrank the update', () => {
    renderWithMessages(null);
    act(() => {
      reportLoadFailure();
      announceUpdate();
    });
    expect(screen.getByRole('alert')).toHaveTextContent(r.loadFailedTitle);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
