import { act, fireEvent, screen } from '@testing-library/react';
import { renderApp } from '../helpers/renderApp.tsx';
import { en } from '../../src/i18n/index.ts';
import { narrationText } from '../../src/i18n/narrationText.ts';

describe('narration', () => {
  it('is a polite live region that starts with the scenario’s description', async () => {
    const app = await renderApp();
    const region = document.querySelector('[aria-live="polite"]');
    expect(region).not.toBeNull();
    expect(app.narration()).toMatch(/the client is CLOSED, the server is LISTEN/);
    expect(app.narration()).toMatch(/Handshake, data and close: a fixture\./);
  });

  it('says what was sent, with the ACK arithmetic and the core’s reason', async () => {
    const app = await renderApp();
    // connect(), SYN, SYN-SENT, SYN arrives, SYN+ACK sent
    app.stepForward(5);
    const text = app.narration();
    expect(text).toMatch(/^Server sends SYN\+ACK to Client: SEQ 5000, ACK 1001, LEN 0\./);
    expect(text).toContain('ACK = 1000 + 1 = 1001');
    expect(text).toContain('the SYN takes one sequence number');
    expect(text).toContain('Why: SYN+ACK: ACK = 1000 + 1 = 1001');
    expect(text).toContain('RFC 9293 §3.10');
  });

  it('counts data bytes and the FIN in the arithmetic', async () => {
    const app = await renderApp();
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) seen.push(app.stepForward().narration());
    expect(
      seen.some((n) => n.includes('ACK = 1001 + 100 = 1101') && n.includes('one per data byte')),
    ).toBe(true);
    expect(
      seen.some(
        (n) =>
          n.includes('ACK = 1101 + 1 = 1102') && n.includes('the FIN takes one sequence number'),
      ),
    ).toBe(true);
  });

  it('narrates state changes, losses and timers', async () => {
    const app = await renderApp('?scenario=lost-syn');
    const seen: string[] = [];
    for (let i = 0; i < 14; i++) seen.push(app.stepForward().narration());
    expect(seen).toContainEqual(expect.stringMatching(/^Client moves CLOSED → SYN-SENT\./));
    expect(seen).toContainEqual(expect.stringMatching(/^The network loses the client’s SYN\./));
    expect(seen).toContainEqual(
      expect.stringMatching(/^The client’s retransmission timer \(1\.0 sec\) fires/),
    );
    expect(seen).toContainEqual(expect.stringMatching(/It retransmits segment 1\./));
  });

  it('switches to relative numbers, arithmetic included', async () => {
    const app = await renderApp();
    app.stepForward(5);
    act(() => {
      fireEvent.click(screen.getByRole('radio', { name: 'Relative' }));
    });
    const text = app.narration();
    expect(text).toMatch(/^Server sends SYN\+ACK to Client: SEQ 0, ACK 1, LEN 0\./);
    expect(text).toContain('ACK = 0 + 1 = 1');
    expect(screen.getByText(/The reason quotes absolute numbers\./)).toBeInTheDocument();
  });

  it('speaks Korean, with state names as the RFC spells them', async () => {
    const app = await renderApp('?lang=ko');
    expect(await screen.findByRole('button', { name: '재생' })).toBeInTheDocument();
    app.stepForward(3);
    expect(app.narration()).toMatch(/^클라이언트: CLOSED → SYN-SENT 상태로 전이합니다\./);
    // The fixture's reasons have no catalogue code, so the English sentence shows with a note.
    expect(screen.getByText('이 설명은 아직 영어로만 제공됩니다.')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ko');
  });

  it('gives the core’s reasons in Korean, numbers filled in', async () => {
    const app = await renderApp('?scenario=simulated-handshake&lang=ko');
    expect(await screen.findByRole('button', { name: '재생' })).toBeInTheDocument();
    app.stepForward(4); // listen, LISTEN, connect, SYN-SENT
    expect(app.narration()).toContain('능동 열기(active open)로 SEQ = ISS = 1000인 SYN을 보냅니다');
    expect(screen.queryByText('이 설명은 아직 영어로만 제공됩니다.')).not.toBeInTheDocument();
  });

  it('shows the numbers inside the reason in relative mode too', async () => {
    const app = await renderApp('?scenario=simulated-handshake');
    app.stepForward(8); // ... SYN sent, delivered, SYN-RECEIVED, SYN+ACK sent
    expect(app.narration()).toContain('ACK = 1000 + 1 = 1001');
    fireEvent.click(screen.getByRole('radio', { name: /Relative/ }));
    // Relative to each side's ISN: the client's SYN is 0, so the SYN+ACK acknowledges 0 + 1 = 1.
    expect(app.narration()).toContain('ACK = 0 + 1 = 1 because the SYN takes one sequence number');
    expect(screen.queryByText('The reason quotes absolute numbers.')).not.toBeInTheDocument();
  });

  it('follows the browser language when the link does not choose one', async () => {
    await renderApp('', ['ko-KR', 'en']);
    expect(await screen.findByRole('button', { name: '한 단계 앞으로' })).toBeInTheDocument();
  });
});

describe('notices', () => {
  const notice = (code: string) =>
    narrationText(
      {
        kind: 'notice',
        endpoint: 'server',
        reason: 'A RST in LISTEN is ignored.',
        why: { code, params: {} },
        rfc: 'RFC 9293 §3.10.7.2',
      },
      en,
    ).headline;

  it('say in a whole sentence what the application is told, and only for notice-* codes', () => {
    expect(notice('notice-connection-reset')).toBe(
      'The server’s application is told: connection reset.',
    );
    expect(notice('notice-connection-refused')).toBe(
      'The server’s application is told: connection refused.',
    );
    expect(notice('notice-timed-out')).toBe(
      'The server’s application is told: connection timed out.',
    );
    expect(notice('discard-rst-in-listen')).toBe(
      'The server’s TCP handles this segment itself; its application is not told.',
    );
  });
});
