/**
 * The Lab's attacker: a forged segment composed from a preset (read from the target's TCB) or
 * by hand, checked field by field, and injected as an event of the session: it shows in the
 * log, the run, the exported file, the autosave and the share link.
 *
 * The session: ISNs 1000 (client) and 5000 (server), 100 ms each way, listen at 0 and connect
 * at 10: the server is ESTABLISHED at 310 with RCV.NXT = 1000 + 1 (the SYN takes one number).
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AUTOSAVE_KEY } from '../../../src/lab/savedSession.ts';
import { packScenario, unpackScenario } from '../../../src/links/scenarioCodec.ts';
import { readScreenAddress } from '../../../src/links/screenAddress.ts';
import { exportedText } from './exportText.ts';
import { openLab, type LabDriver } from './labApp.tsx';

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
});

const HANDSHAKE = {
  client: { isn: 1000 },
  server: { isn: 5000 },
  oneWayDelayMs: 100,
  events: [
    { t: 0, endpoint: 'server', call: 'listen' },
    { t: 10, endpoint: 'client', call: 'connect' },
  ],
};

async function openEstablished(languages?: readonly string[]): Promise<LabDriver> {
  window.history.replaceState(null, '', `/?view=lab#s=${packScenario(HANDSHAKE)}`);
  const lab = await openLab('', languages);
  lab.toEnd();
  return lab;
}

/** The attacker's card, opened. */
function attacker(name = 'Attacker'): HTMLElement {
  const summary = screen.getByText(name, { selector: 'summary' });
  const card = summary.closest('details');
  if (card === null) throw new Error('no attacker card');
  if (!card.open) {
    act(() => {
      fireEvent.click(summary);
    });
  }
  return card;
}

function type(card: HTMLElement, label: string | RegExp, value: string): void {
  act(() => {
    fireEvent.change(within(card).getByLabelText(label), { target: { value } });
  });
}

function press(card: HTMLElement, name: string | RegExp): void {
  act(() => {
    fireEvent.click(within(card).getByRole('button', { name }));
  });
}

describe('the Lab’s attacker', () => {
  it('fills a RST at RCV.NXT from the server’s TCB and injects it into the session', async () => {
    const lab = await openEstablished();
    const card = attacker();
    // Acting at the end of the run: the ACK arrived at 310, so an action now happens at 311
    // (after what happened at that instant), and the segment arrives 100 ms later.
    expect(
      within(card).getByText(
        'When it arrives (t = 0.411 s) the server is ESTABLISHED: RCV.NXT = 1001, RCV.WND = 65535.',
      ),
    ).toBeInTheDocument();
    const presets = within(card).getByRole('group', { name: 'Fill in from the target’s TCB' });
    expect(
      within(presets)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'RST exactly at RCV.NXT (SEQ = 1001)',
      'RST in the window (SEQ = 33768)',
      'RST outside the window (SEQ = 66536)',
      'SYN into the connection (SEQ = 1001)',
    ]);
    press(presets, 'RST exactly at RCV.NXT (SEQ = 1001)');
    expect(within(card).getByLabelText('SEQ')).toHaveValue('1001');
    expect(within(card).getByRole('button', { name: 'RST' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(card).getByRole('button', { name: 'ACK' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(within(card).getByLabelText('ACK')).toBeDisabled();

    const before = lab.log();
    within(card).getByRole('button', { name: 'Inject the forged segment' }).focus();
    press(card, 'Inject the forged segment');
    expect(lab.log()).toEqual([
      ...before,
      't = 0.311 s: attacker → server, RST SEQ = 1001 from 192.0.2.1',
    ]);
    // Focus comes back to the Inject button once the run restarts; the card stays open.
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Inject the forged segment' }),
    );

    // The run: the forged RST leaves at 311, reaches the server at 411 and resets it.
    lab.toEnd();
    expect(lab.stateIn('server')).toBe('CLOSED');
    expect(lab.stateIn('client')).toBe('ESTABLISHED');

    const file = JSON.parse(await exportedText()) as { attacks?: unknown };
    expect(file.attacks).toEqual([
      { t: 311, to: 'server', flags: ['RST'], seq: 1001, len: 0, from: '192.0.2.1' },
    ]);
    await waitFor(() => {
      expect(localStorage.getItem(AUTOSAVE_KEY)).toContain('"kind":"attack"');
    });
    await waitFor(() => {
      const { payload } = readScreenAddress(window.location.search, window.location.hash);
      const shared = payload === null ? null : unpackScenario(payload);
      expect(shared?.ok === true ? shared.json : null).toMatchObject({
        attacks: [{ t: 311, to: 'server', flags: ['RST'], seq: 1001 }],
      });
    });
  });

  it('narrates the server’s reset by the forged RST', async () => {
    const lab = await openEstablished();
    const card = attacker();
    press(card, 'RST exactly at RCV.NXT (SEQ = 1001)');
    press(card, 'Inject the forged segment');
    // The player lands on the forged segment's departure.
    expect(lab.app.narration()).toMatch(
      /^An off-path attacker sends RST to the server, forged to come from the client: SEQ 1001, LEN 0\.Why: .* forged to come from 192\.0\.2\.1 /,
    );
    expect(lab.app.stepForward().narration()).toBe('RST (SEQ 1001, LEN 0) arrives at the server.');
    expect(lab.app.stepForward().narration()).toBe(
      'Server moves ESTABLISHED → CLOSED.Why: A RST arrived with SEQ = RCV.NXT = 1001 exactly: the connection is reset.RFC 9293 §3.10.7.4, RFC 5961 §3.2',
    );
    expect(lab.app.stepForward().narration()).toMatch(
      /^The server’s application is told: connection reset\./,
    );
  });

  it('sends at a chosen later time, composed by hand with ACK and LEN', async () => {
    const lab = await openEstablished();
    const card = attacker();
    act(() => {
      fireEvent.change(within(card).getByRole('combobox', { name: 'When' }), {
        target: { value: 'at' },
      });
    });
    type(card, 'At t (ms)', '600');
    expect(within(card).getByText(/^When it arrives \(t = 0\.700 s\)/)).toBeInTheDocument();
    press(card, 'ACK');
    press(card, 'RST');
    press(card, 'PSH');
    // Outside the server's window: an in-window one with data would start an ACK war between
    // the two real endpoints (each ACKs what the other never sent), past the lab's budget.
    type(card, 'SEQ', '1');
    type(card, 'ACK', '5001');
    type(card, /^LEN/, '20');
    type(card, 'Claimed source address', '198.51.100.7');
    act(() => {
      fireEvent.change(within(card).getByRole('combobox', { name: 'Sent to' }), {
        target: { value: 'server' },
      });
    });
    press(card, 'Inject the forged segment');
    expect(lab.log().at(-1)).toBe(
      't = 0.600 s: attacker → server, PSH+ACK SEQ = 1 ACK = 5001 LEN = 20 from 198.51.100.7',
    );
  });

  it('refuses numbers out of bounds, says where and why, and injects nothing', async () => {
    const lab = await openEstablished();
    const card = attacker();
    act(() => {
      fireEvent.change(within(card).getByRole('combobox', { name: 'When' }), {
        target: { value: 'at' },
      });
    });
    type(card, 'At t (ms)', '100');
    type(card, 'SEQ', '4294967296');
    type(card, /^LEN/, '65536');
    press(card, 'ACK');
    type(card, 'ACK', '12ab');
    const before = lab.log();
    press(card, 'Inject the forged segment');
    expect(lab.log()).toEqual(before);
    const alert = within(card).getByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'SEQ: from 0 to 4294967295.',
      'ACK: enter a whole number, in digits only.',
      'LEN (bytes): from 0 to 65535.',
      'At t (ms): from now (311) to 86400000; an attack cannot be sent in the past.',
    ]);
    const seq = within(card).getByLabelText('SEQ');
    expect(seq).toHaveAttribute('aria-invalid', 'true');
    expect(seq).toHaveAccessibleDescription('SEQ: from 0 to 4294967295.');
    // Fixed, the message goes and the segment is injected.
    type(card, 'SEQ', '4294967295');
    type(card, /^LEN/, '0');
    type(card, 'ACK', '5001');
    type(card, 'At t (ms)', '311');
    expect(within(card).queryByRole('alert')).toBeNull();
    press(card, 'Inject the forged segment');
    expect(lab.log()).toHaveLength(before.length + 1);
  });

  it('offers no preset while the target has no window, and speaks Korean', async () => {
    await openLab('', ['ko-KR']);
    const card = attacker('공격자');
    expect(
      within(card).getByText(
        '도착할 때(t = 0.100초) 서버는 CLOSED 상태라 겨냥할 수신 윈도가 없으므로, 미리 채울 값이 없습니다.',
      ),
    ).toBeInTheDocument();
    expect(within(card).queryByRole('group', { name: '받는 쪽 TCB에서 채우기' })).toBeNull();
    expect(within(card).getByRole('button', { name: '위조 세그먼트 주입' })).toBeInTheDocument();
  });
});
