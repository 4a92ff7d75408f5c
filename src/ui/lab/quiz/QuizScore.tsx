/** The end of the quiz: how many predictions were right, by kind, and a way to start again. */
import { useMessagesWith } from '../../run/index.ts';
import type { QuizPart, Score } from '../../../quiz/index.ts';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

const PARTS: readonly QuizPart[] = ['state', 'tcb', 'flags', 'seq', 'ack'];

export function QuizScore({ score, onRestart }: { score: Score; onRestart: () => void }) {
  const t = useMessagesWith(labCatalogues);
  return (
    <div className="quiz-score" role="status">
      <h3 className="lab-card-title">{t.lab.score}</h3>
      <p className="score-total">{t.lab.scoreDone(score.correct, score.answered)}</p>
      <ul className="score-parts">
        {PARTS.filter((p) => score.byPart[p].answered > 0).map((p) => (
          <li key={p}>
            {t.lab.scoreParts(t.lab.partName[p], score.byPart[p].correct, score.byPart[p].answered)}
          </li>
        ))}
      </ul>
      <button type="button" className="lab-button primary" onClick={onRestart}>
        {t.lab.restart}
      </button>
    </div>
  );
}
