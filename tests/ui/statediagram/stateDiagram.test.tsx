/**
 * The state diagram names the transition that happened by its cause: a refused connect lights
 * SYN-SENT → CLOSED as "RST received", not as the CLOSE edge it shares a pair of boxes with.
 */
import { renderApp } from '../../helpers/renderApp.tsx';

function caption(): string {
  return document.querySelector('.diagram-caption')?.textContent ?? '';
}

describe('the state diagram panel', () => {
  it('names a refusal by its cause', async () => {
    const app = await renderApp('?scenario=simulated-refused');
    let seen = '';
    for (let i = 0; i < 30 && !seen.includes('SYN-SENT → CLOSED'); i++) {
      app.stepForward();
      seen = caption();
    }
    expect(seen).toContain('Client: SYN-SENT → CLOSED, RST received (rcv RST,ACK)');
    expect(seen).not.toContain('(CLOSE)');
  });

  it('says the cause in Korean', async () => {
    const app = await renderApp('?scenario=simulated-refused&lang=ko');
    let seen = '';
    for (let i = 0; i < 30 && !seen.includes('SYN-SENT → CLOSED'); i++) {
      app.stepForward();
      seen = caption();
    }
    expect(seen).toContain('클라이언트: SYN-SENT → CLOSED, RST 수신 (rcv RST,ACK)');
  });
});
