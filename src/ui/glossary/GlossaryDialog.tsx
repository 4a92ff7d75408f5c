/** The glossary: every state (in the app's colours), control flag and number, in the current language. */
import { TCP_STATES } from '../../sim/index.ts';
import { GLOSSARY_FLAGS, GLOSSARY_TERMS } from '../../i18n/index.ts';
import { useMessagesWith } from '../run/index.ts';
import { statePhase } from '../../layout/index.ts';
import { Dialog } from '../kit/index.ts';
import './glossary.css';
import { glossaryCatalogues } from '../../i18n/glossary/catalogues.ts';

export default function GlossaryDialog({ onClose }: { onClose: () => void }) {
  const t = useMessagesWith(glossaryCatalogues);
  const g = t.glossary;
  return (
    <Dialog title={g.title} onClose={onClose} wide>
      <p className="dialog-note">{g.intro}</p>
      <section aria-labelledby="glossary-states">
        <h3 id="glossary-states">{g.statesHeading}</h3>
        <dl className="glossary-list">
          {TCP_STATES.map((state) => (
            <div key={state}>
              <dt>
                <span className={`state-badge phase-${statePhase(state)}`}>{state}</span>
              </dt>
              <dd>{g.states[state]}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="glossary-flags">
        <h3 id="glossary-flags">{g.flagsHeading}</h3>
        <dl className="glossary-list">
          {GLOSSARY_FLAGS.map((flag) => (
            <div key={flag}>
              <dt>
                <code>{flag}</code> <span className="glossary-name">{g.flags[flag].name}</span>
              </dt>
              <dd>{g.flags[flag].meaning}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="glossary-terms">
        <h3 id="glossary-terms">{g.termsHeading}</h3>
        <dl className="glossary-list">
          {GLOSSARY_TERMS.map((term) => (
            <div key={term}>
              <dt>
                <code>{g.terms[term].term}</code>
              </dt>
              <dd>{g.terms[term].meaning}</dd>
            </div>
          ))}
        </dl>
      </section>
    </Dialog>
  );
}
