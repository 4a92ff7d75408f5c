/** A feature's words join the first view's in the language on screen, and stay the same object. */
import { render, screen } from '@testing-library/react';
import { en, type Messages } from '../../../src/i18n/index.ts';
import { ko } from '../../../src/i18n/ko.ts';
import { labCatalogues } from '../../../src/i18n/lab/catalogues.ts';
import { MessagesContext, useMessagesWith } from '../../../src/ui/run/index.ts';

const seen: Messages[] = [];

function LabWords() {
  const t = useMessagesWith(labCatalogues);
  seen.push(t);
  return (
    <p>
      {t.languageName}: {t.lab.controls}
    </p>
  );
}

const app = (messages: Messages) => (
  <MessagesContext.Provider value={messages}>
    <LabWords />
  </MessagesContext.Provider>
);

describe('useMessagesWith', () => {
  it('adds the feature’s catalogue in the language on screen', () => {
    const { rerender } = render(app(en));
    expect(screen.getByText(`English: ${labCatalogues.en.lab.controls}`)).toBeDefined();
    rerender(app(ko));
    expect(screen.getByText(`${ko.languageName}: ${labCatalogues.ko.lab.controls}`)).toBeDefined();
    expect(labCatalogues.ko.lab.controls).not.toBe(labCatalogues.en.lab.controls);
  });

  it('gives the same object until the language changes', () => {
    seen.length = 0;
    const { rerender } = render(app(en));
    rerender(app(en));
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(1);
    rerender(app(ko));
    expect(new Set(seen).size).toBe(2);
  });
});
