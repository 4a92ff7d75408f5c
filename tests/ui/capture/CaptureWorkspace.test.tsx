/**
 * The capture view in happy-dom, with the worker's real handler in-process: samples, the file
 * input, drops, the conversation list, the notes and the player, progress and Cancel, and bad
 * files that leave the current capture on screen.
 */
import { join } from 'node:path';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readCapture, traceConversation } from '../../../src/capture/index.ts';
import { buildRunModel } from '../../../src/layout/index.ts';
import {
  CAPTURES,
  LIVE,
  fixtureBytes,
  fixtureFile,
  manualPort,
  renderCapture,
  testStore,
} from './helpers.tsx';

const stepCount = (): string => document.querySelector('.step-count')?.textContent ?? '';

function laneState(lane: 'Client' | 'Server'): string {
  const region = screen.getByRole('region', { name: new RegExp(`^${lane}`) });
  return region.querySelector('.state-badge')?.getAttribute('data-state') ?? '';
}

function chooseFile(file: File): void {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (input === null) throw new Error('no file input');
  act(() => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

async function openSample(title: RegExp): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: title }));
  await screen.findByRole('group', { name: /time-space diagram|시간-공간 다이어그램/i });
}

describe('capture view', () => {
  it('opens a sample: the conversation list, the notes and the player', async () => {
    const { store } = testStore();
    renderCapture(store);
    expect(screen.getByRole('heading', { name: 'Open a capture' })).toBeInTheDocument();
    await openSample(/^Normal close, client first/);

    const table = screen.getByRole('table', { name: 'TCP conversations' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]?.textContent).toMatch(
      /Stream 0127\.0\.0\.1:46827127\.0\.0\.1:4212211869.*Yes.*FIN/,
    );
    expect(within(table).getByRole('button', { name: /Stream 0/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(screen.getByText(/client-close\.pcap/, { selector: 'h3' })).toBeInTheDocument();
    expect(screen.getByText(/^pcap · .* · 11 packets · 1\.07 kB$/)).toBeInTheDocument();

    const notes = screen.getByRole('region', { name: 'This capture and the textbook' });
    expect(within(notes).getByText('Delayed ACKs')).toBeInTheDocument();
    expect(within(notes).getByText('TCP timestamps')).toBeInTheDocument();
    expect(within(notes).getByText(/^Nothing unusual/)).toBeInTheDocument();

    expect(stepCount()).toMatch(/^Step 0 of \d+$/);
    expect(laneState('Client')).toBe('CLOSED');
    fireEvent.click(screen.getByRole('button', { name: 'Jump to end' }));
    // The player's machine loads after the first paint; the click waits for it.
    await waitFor(() => {
      expect(laneState('Client')).toBe('TIME-WAIT');
    });
    expect(laneState('Server')).toBe('CLOSED');
  });

  it('plays the chosen stream of a capture with several, with the states the core inferred', async () => {
    const { store } = testStore();
    renderCapture(store);
    chooseFile(
      fixtureFile(join(CAPTURES, 'pcapplusplus_four_ipv6_http_streams.pcap'), 'four.pcap'),
    );
    const table = await screen.findByRole('table', { name: 'TCP conversations' });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(screen.getByText(/^Choose a conversation to play it/)).toBeInTheDocument();
    expect(within(table).getAllByText(/^\[2001:618:/).length).toBeGreaterThan(0);

    fireEvent.click(within(table).getByRole('button', { name: /Stream 2/ }));
    await screen.findByRole('group', { name: /time-space diagram/i });
    expect(
      screen.getByText(/^Stream 2: client \[2001:618:400::5199:cc70\]:\d+ → server/),
    ).toBeInTheDocument();

    const read = readCapture(
      fixtureBytes(join(CAPTURES, 'pcapplusplus_four_ipv6_http_streams.pcap')),
    );
    if (!read.ok) throw new Error(read.error.message);
    const traced = traceConversation(read.capture, 2, 'four.pcap');
    if (!traced.ok) throw new Error(traced.error.message);
    const run = buildRunModel(traced.trace);
    for (let i = 1; i <= 8; i++) {
      fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
      expect(laneState('Client')).toBe(run.checkpoints[i]?.client.state);
      expect(laneState('Server')).toBe(run.checkpoints[i]?.server.state);
    }
  });

  it('sorts the list by a column and moves between rows with the arrow keys', async () => {
    const { store } = testStore();
    renderCapture(store);
    chooseFile(fixtureFile(join(CAPTURES, 'tcpdump_of13_ericsson.pcapng'), 'of13.pcapng'));
    const table = await screen.findByRole('table', { name: 'TCP conversations' });
    const header = within(table).getByRole('columnheader', { name: /Packets/ });
    fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const packets = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => Number(r.querySelectorAll('td')[2]?.textContent.replace(/,/g, '')));
    expect(packets).toEqual([...packets].sort((a, b) => b - a));

    const buttons = within(table).getAllByRole('button', { name: /^Stream \d+$/ });
    buttons[0]?.focus();
    fireEvent.keyDown(buttons[0] as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1] as HTMLElement, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('moves the player to a frame named in a note and opens it in the inspector', async () => {
    const { store } = testStore();
    renderCapture(store);
    await openSample(/^Normal close, client first/);
    fireEvent.click(screen.getByRole('button', { name: 'Show frame 9 in the player' }));
    const status = screen.getByText(/^Frame 9 is step (\d+) of the player\.$/);
    const step = /step (\d+)/.exec(status.textContent)?.[1];
    expect(stepCount()).toMatch(new RegExp(`^Step ${step ?? '?'} of `));
    const inspector = screen.getByRole('region', { name: 'Segment inspector' });
    await within(inspector).findByText(/^Segment 9: Server → Client/);
  });

  it('shows progress with numbers and cancels, keeping what was open', () => {
    const port = manualPort();
    const { store } = testStore([() => port]);
    renderCapture(store);
    chooseFile(new File([new Uint8Array(100)], 'big.pcap'));
    act(() => {
      port.send({
        type: 'progress',
        progress: { bytesRead: 40, totalBytes: 100, frames: 3, segments: 1 },
      });
    });
    const bar = screen.getByRole('progressbar', { name: 'Reading big.pcap…' });
    expect(bar).toHaveAttribute('value', '40');
    expect(bar).toHaveAttribute('max', '100');
    expect(screen.getByText('40% · 40 B of 100 B · 3 packets')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(port.terminated()).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Stopped opening big.pcap.');
  });

  it('keeps the capture and player on screen when a broken file fails, and says where', async () => {
    const { store } = testStore();
    renderCapture(store);
    await openSample(/^Half-close/);
    fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    const before = stepCount();

    const header = fixtureBytes(join(LIVE, 'a_normal_client_close.pcap')).slice(0, 14);
    chooseFile(new File([header], 'cut.pcap'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not open cut.pcap');
    expect(alert).toHaveTextContent(/The file ends inside its header/);
    expect(alert).toHaveTextContent('Where: byte 0 of the file.');
    expect(alert).toHaveTextContent(/byte 0: the file is 14 bytes long, shorter than the 24-byte/);
    expect(alert).toHaveTextContent('Still showing half-close.pcap.');
    expect(screen.getByRole('table', { name: 'TCP conversations' })).toBeInTheDocument();
    expect(stepCount()).toBe(before);
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the packets before a cut, with the warning', async () => {
    const { store } = testStore();
    renderCapture(store);
    chooseFile(fixtureFile(join(LIVE, 'c_half_close.pcap'), 'cut.pcap', 1500));
    await screen.findByRole('group', { name: /time-space diagram/i });
    expect(
      screen.getByText('1 packet cut short: the file ends in the middle of it'),
    ).toBeInTheDocument();
    const row = within(screen.getByRole('table')).getAllByRole('row')[1];
    expect(Number(row?.querySelectorAll('td')[2]?.textContent)).toBeLessThan(15);
  });

  it('opens a file dropped on the view', async () => {
    const { store } = testStore();
    renderCapture(store);
    const zone = screen.getByRole('group', { name: 'Capture file drop zone' });
    const file = fixtureFile(join(LIVE, 'e_refused.pcap'), 'dropped.pcap');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    fireEvent.dragEnter(zone, { dataTransfer });
    expect(zone).toHaveTextContent('Drop the file to open it');
    fireEvent.drop(zone, { dataTransfer });
    await screen.findByRole('group', { name: /time-space diagram/i });
    expect(screen.getByText('dropped.pcap', { selector: 'h3' })).toBeInTheDocument();
    expect(screen.getByText('Connection refused', { selector: 'strong' })).toBeInTheDocument();
  });

  it('speaks Korean', async () => {
    const { store } = testStore();
    renderCapture(store, { lang: 'ko' });
    expect(screen.getByRole('heading', { name: '캡처 열기' })).toBeInTheDocument();
    await openSample(/^동시 종료/);
    expect(screen.getByRole('table', { name: 'TCP 대화' })).toBeInTheDocument();
    const notes = screen.getByRole('region', { name: '이 캡처와 교과서 비교' });
    expect(within(notes).getByText('동시 종료', { selector: 'strong' })).toBeInTheDocument();
    expect(within(notes).getByText(/^두 FIN이 엇갈립니다/)).toBeInTheDocument();
  });

  it('opens the sample a link names', async () => {
    const { store } = testStore();
    renderCapture(store, { search: '?view=capture&sample=refused' });
    await screen.findByRole('group', { name: /time-space diagram/i });
    expect(screen.getByText('refused.pcap', { selector: 'h3' })).toBeInTheDocument();
  });

  it('opens the conversation and step a sample’s address names, and keeps the address on it', async () => {
    const address = '?view=capture&sample=half-close&stream=0&step=5';
    window.history.replaceState(null, '', `/${address}`);
    const { store } = testStore();
    renderCapture(store, { search: address });
    await screen.findByRole('group', { name: /time-space diagram/i });
    expect(screen.getByText('half-close.pcap', { selector: 'h3' })).toBeInTheDocument();
    expect(screen.getByText(/^Stream 0: client /)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'TCP conversations' });
    expect(within(table).getByRole('button', { name: /Stream 0/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await waitFor(() => {
      expect(stepCount()).toMatch(/^Step 5 of \d+$/);
    });
    expect(window.location.search).toBe(address);

    fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    await waitFor(() => {
      expect(window.location.search).toBe('?view=capture&sample=half-close&stream=0&step=6');
    });

    // A file of the user's own: the address names no sample, conversation or step.
    chooseFile(fixtureFile(join(LIVE, 'a_normal_client_close.pcap'), 'mine.pcap'));
    await screen.findByText('mine.pcap', { selector: 'h3' });
    await waitFor(() => {
      expect(window.location.search).toBe('?view=capture');
    });
    window.history.replaceState(null, '', '/');
  });

  it('says so when the trace cannot be built, and keeps the list', async () => {
    const port = manualPort();
    const { store } = testStore([() => port]);
    renderCapture(store);
    chooseFile(new File([new Uint8Array(10)], 'x.pcap'));
    const read = readCapture(fixtureBytes(join(LIVE, 'e_refused.pcap')));
    if (!read.ok) throw new Error(read.error.message);
    const { summarizeCapture } = await import('../../../src/ui/capture/captureSummary.ts');
    act(() => {
      port.send({ type: 'opened', summary: summarizeCapture(read.capture, 'x.pcap', 10) });
    });
    await waitFor(() => {
      expect(port.posted).toHaveLength(2);
    });
    act(() => {
      port.send({
        type: 'trace-failed',
        requestId: 1,
        stream: 0,
        error: { code: 'internal-error', offset: 0, message: 'the capture reader failed: x' },
      });
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Stream 0 could not be shown.');
    expect(screen.getByRole('table', { name: 'TCP conversations' })).toBeInTheDocument();
  });
});
