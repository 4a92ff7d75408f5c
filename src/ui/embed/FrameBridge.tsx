/**
 * Inside an iframe: tells the parent page the embed's height whenever it changes, and answers
 * the parent's (validated) requests. Both go to and come from the embedding page's origin only,
 * when it is known (see embedderOrigin.ts). Does nothing when the page is not framed.
 */
import { useEffect, type RefObject } from 'react';
import { usePlayerActor } from '../run/index.ts';
import { reportLoadFailure } from '../recovery/index.ts';
import { embedderOrigin, heightMessage, loadChunk } from '../../links/index.ts';
import { embedderCluesHere } from './embedderClues.ts';

export interface FrameBridgeProps {
  target: RefObject<HTMLElement | null>;
  id: string | null;
  /** The `origin=` setting, if any. */
  origin: string | null;
}

export function FrameBridge({ target, id, origin }: FrameBridgeProps) {
  const actor = usePlayerActor();
  useEffect(() => {
    const el = target.current;
    const parent = window.parent;
    if (el === null || parent === window) return undefined;
    const embedder = embedderOrigin(embedderCluesHere(origin));
    let last = -1;
    let live = true;
    const post = (force: boolean): void => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (!force && height === last) return;
      last = height;
      // Unknown embedder: the height is no secret (any page may frame the embed and measure it).
      parent.postMessage(heightMessage(height, id), embedder ?? '*');
    };
    post(true);
    const observer = new ResizeObserver(() => {
      post(false);
    });
    observer.observe(el);
    // The schema loads when the parent first speaks: most pages never do.
    const onMessage = (e: MessageEvent): void => {
      if (e.source !== parent || (embedder !== null && e.origin !== embedder)) return;
      const data: unknown = e.data;
      loadChunk(() => import('../../links/parentMessages.ts')).then(({ readParentMessage }) => {
        const message = readParentMessage(data);
        if (!live || message === null) return;
        if (message.type === 'handshake-lab:request-height') post(true);
        else actor.send({ type: 'player.goToStep', step: message.step });
      }, reportLoadFailure);
    };
    window.addEventListener('message', onMessage);
    return () => {
      live = false;
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [target, id, origin, actor]);
  return null;
}
