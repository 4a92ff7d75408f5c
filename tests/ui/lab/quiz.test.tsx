/**
 * Predict, then reveal, in the app: questions asked before the step is shown, immediate feedback
 * with the mistake named and the core's rule, the player moving on to reveal, and the score.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from '../../helpers/renderApp.tsx';

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
});

function click(name: string | RegExp): void {
  act(() => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

function pick(group: string, answer: string): void {
  const fieldset = screen.getByRole('group', { name: group });
  act(() => {
    fireEvent.click(within(fieldset).getByRole('radio', { name: answer }));
  });
}

/** Picks the first choice of every part, checks and moves on. */
function answerAnything(): void {
  for (const group of screen.getAllByRole('group')) {
    const first = within(group).queryAllByRole('radio')[0];
    if (first !== undefined) {
      act(() => {
        fireEvent.click(first);
      });
    }
  }
  click('Check');
  click('Next question');
}

async function openQuiz(scenario: string) {
  const app = await renderApp('?view=lab&lab=quiz');
  const picker = await screen.findByRole('combobox', { name: 'Quiz on' });
  act(() => {
    fireEvent.change(picker, { target: { value: scenario } });
  });
  await screen.findByRole('region', { name: 'Predict, then reveal' });
  return app;
}

describe('the quiz', () => {
  it('asks, checks, names the mistake, reveals and scores', async () => {
    const app = await openQuiz('basic-handshake');
    expect(screen.getByText('Question 1 of 8')).toBeInTheDocument();
    click('Show the question');
    expect(
      screen.getByText(
        'The server’s application calls listen() in CLOSED. What state is the server in after that?',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check' })).toHaveAttribute('aria-disabled', 'true');
    pick('Next state', 'LISTEN');
    click('Check');
    expect(screen.getByRole('status')).toHaveTextContent('Next state: Right.');
    expect(app.stateOf('Server')).toBe('LISTEN');
    click('Next question');

    expect(screen.getByText('Question 2 of 8')).toBeInTheDocument();
    pick('Next state', 'CLOSED');
    click('Check');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Next state: Not quite: it is SYN-SENT. The state does change here.',
    );
    expect(screen.getByRole('status')).toHaveTextContent(/The rule.*connect\(\) was called/);
    click('Next question');

    // The SYN: flags, SEQ and ACK, before it is drawn.
    expect(
      screen.getByText(
        'The client (in SYN-SENT) sends the next segment to the server. Predict its flags, SEQ and ACK.',
      ),
    ).toBeInTheDocument();
    expect(document.querySelectorAll('svg.ladder .segment')).toHaveLength(0);
    pick('Flags', 'SYN');
    pick('SEQ', '0');
    pick('ACK', '— (no ACK flag)');
    click('Check');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Flags: Right.');
    expect(status).toHaveTextContent(
      'SEQ: Not quite: it is 1000. A SYN’s SEQ is the ISN, a 32-bit number chosen at random, not 0.',
    );
    expect(status).toHaveTextContent('ACK: Right.');
    expect(document.querySelectorAll('svg.ladder .segment')).toHaveLength(1);
    expect(screen.getByText('3 of 5 right')).toBeInTheDocument();

    click('Finish and see the score');
    expect(screen.getByText('Done: 3 right out of 5 predictions.')).toBeInTheDocument();
    expect(screen.getByText('Next state: 1 of 2')).toBeInTheDocument();
    expect(screen.getByText('SEQ: 0 of 1')).toBeInTheDocument();
    click('Start again');
    expect(screen.getByText('Question 1 of 8')).toBeInTheDocument();
    expect(app.stepCount()).toMatch(/^Step 0 of/);
  });

  it('asks what the SYN+ACK moves in the client’s TCB, and names the mistake', async () => {
    await openQuiz('basic-handshake');
    click('Show the question');
    // Answer the first five questions with whatever comes first, to reach the SYN+ACK's arrival.
    for (let i = 1; i <= 5; i++) {
      expect(screen.getByText(`Question ${String(i)} of 8`)).toBeInTheDocument();
      expect(screen.queryByRole('group', { name: 'What it moves in the TCB' })).toBeNull();
      answerAnything();
    }
    expect(screen.getByText('Question 6 of 8')).toBeInTheDocument();
    expect(
      screen.getByText(/SYN\+ACK .* arrives at the client, which is in SYN-SENT/),
    ).toBeInTheDocument();
    expect(screen.getByText(/SND.UNA is the oldest number it sent/)).toBeInTheDocument();
    const tcb = screen.getByRole('group', { name: 'What it moves in the TCB' });
    expect(
      within(tcb)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['SND.UNA only', 'RCV.NXT only', 'Both SND.UNA and RCV.NXT', 'Neither']);
    pick('Next state', 'ESTABLISHED');
    pick('What it moves in the TCB', 'RCV.NXT only');
    click('Check');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Next state: Right.');
    expect(status).toHaveTextContent(
      'What it moves in the TCB: Not quite: it is Both SND.UNA and RCV.NXT. Its ACK acknowledges numbers not acknowledged before, so SND.UNA (the oldest unacknowledged number) moves up to it',
    );
    click('Next question');
    answerAnything();
    // The handshake's last ACK takes no sequence number: only SND.UNA moves at the server.
    expect(screen.getByText('Question 8 of 8')).toBeInTheDocument();
    pick('Next state', 'ESTABLISHED');
    pick('What it moves in the TCB', 'SND.UNA only');
    click('Check');
    expect(screen.getByRole('status')).toHaveTextContent('What it moves in the TCB: Right.');
    click('Finish and see the score');
    expect(screen.getByText('What it moves in the TCB: 1 of 2')).toBeInTheDocument();
  });

  it('shows the answer, unscored, when the player moves past a question', async () => {
    const app = await openQuiz('basic-handshake');
    click('Show the question');
    app.stepForward();
    expect(screen.getByRole('status')).toHaveTextContent(
      'You moved past this question, so here is the answer (not scored).',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Next state: LISTEN');
    expect(screen.getByText('0 of 0 right')).toBeInTheDocument();
    app.stepForward(4);
    click('Next question');
    // Questions the player has already gone past are skipped.
    expect(screen.getByText('Question 4 of 8')).toBeInTheDocument();
    expect(app.stepCount()).toBe('Step 6 of 13');
  });

  it('quizzes the student’s own lab session', async () => {
    await renderApp('?view=lab&lab=quiz');
    const picker = await screen.findByRole('combobox', { name: 'Quiz on' });
    act(() => {
      fireEvent.change(picker, { target: { value: 'lab-session' } });
    });
    expect(
      screen.getByText('Your lab session is empty: act in “Drive both ends” first.'),
    ).toBeInTheDocument();
  });
});
