/**
 * The scenario picker: a button naming the current scenario that opens the library, each
 * scenario with its title and one-line description in the chosen language.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useMessages } from '../run/index.ts';
import type { ScenarioTexts } from '../../scenarios/index.ts';

export function ScenarioPicker({
  names,
  texts,
  current,
  onPick,
}: {
  names: readonly string[];
  /** The titles and descriptions in the messages' language. */
  texts: ScenarioTexts;
  current: string;
  onPick: (name: string) => void;
}) {
  const t = useMessages();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const textOf = (name: string) => (Object.hasOwn(texts, name) ? texts[name] : undefined);
  const [shift, setShift] = useState(0);

  // The list opens under the button, moved left as far as it must to stay inside the viewport.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!open || list === null) return;
    const margin = 8;
    const rect = list.getBoundingClientRect();
    const left = rect.left - shift;
    const overflow = left + rect.width - (document.documentElement.clientWidth - margin);
    const next = overflow > 0 ? -Math.min(overflow, Math.max(0, left - margin)) : 0;
    if (next !== shift) setShift(next);
  }, [open, shift]);

  useEffect(() => {
    if (!open) return undefined;
    listRef.current?.querySelector<HTMLButtonElement>('[aria-current="true"]')?.focus();
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        e.preventDefault();
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent): void => {
      const target = e.target;
      if (!(target instanceof Node)) return;
      if (
        listRef.current?.contains(target) === true ||
        buttonRef.current?.contains(target) === true
      )
        return;
      setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="scenario-picker">
      <button
        ref={buttonRef}
        type="button"
        className="scenario-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          setOpen((o) => !o);
        }}
      >
        <span className="scenario-kicker">{t.scenario}</span>
        <span className="scenario-title">{textOf(current)?.title ?? current}</span>
        <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" className="chevron">
          <path d="M2 4.5l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      </button>
      <ul
        ref={listRef}
        id={listId}
        className="scenario-list"
        hidden={!open}
        aria-label={t.chooseScenario}
        style={{ left: shift }}
      >
        {names.map((name) => (
          <li key={name}>
            <button
              type="button"
              aria-current={name === current}
              onClick={() => {
                setOpen(false);
                onPick(name);
                buttonRef.current?.focus();
              }}
            >
              <span className="item-title">{textOf(name)?.title ?? name}</span>
              <span className="item-description">{textOf(name)?.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
