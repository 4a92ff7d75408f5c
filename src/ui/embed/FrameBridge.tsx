/**
 * Inside an iframe: tells the parent page the embed's height whenever it changes, and answers
 * the parent's (validated) requests. Does nothing when the page is not framed.
 */
import { useEffect, type RefObject } from 'react';
import { usePlayerActor } from '../run/index.ts';
import { heightMessage } from '../../links/index.ts';

export function FrameBridge({
  target,
  id,
}: {
  target: RefObject<HTMLElement | null>;
  id: string | null;
}) {
  const actor = usePlayerActor();
  useEffect(() => {
    const el = target.current;
    const parent = window.parent;
    if (el === null || parent === window) return undefined;
    let last = -1;
    let live = true;
    const post = (force: boolean): void => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (!force && height === last) return;
      last = height;
      // The height is not a secret: any page may frame the embed and learn it.
      parent.postMessage(heightMessage(height, id), '*');
    };
    post(true);
    const observer = new ResizeObserver(() => {
      post(false);
    });
    observer.observe(el);
    // The schema loads when the parent first speaks: most pages never do.
    const onMessage = (e: MessageEvent): void => {
      if (e.source !== parent) return;
      const data: unknown = e.data;
      void import('../../links/parentMessages.ts').then(({ readParentMessage }) => {
        const message = readParentMessage(data);
        if (!live || message === null) return;
        if (message.type === 'handshake-lab:request-height') post(true);
        else actor.send({ type: 'player.goToStep', step: message.step });
      });
    };
    window.addEventListener('message', onMessage);
    return () => {
      live = false;
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [target, id, actor]);
  return null;
}
