/**
 * Binds framer-motion values straight to SVG/HTML attributes and text, writing in framer's
 * render step. Per-frame motion never re-renders React, and it does not wait for the lazily
 * loaded animation features (an `m.*` element cannot update from a motion value until they load).
 */
import { useLayoutEffect, type RefObject } from 'react';
import { cancelFrame, frame, type MotionValue } from 'framer-motion';

type Target = Element | null;

/** Keeps `attributes` of the element in `ref` equal to the motion values given. */
export function useMotionAttributes(
  ref: RefObject<Target>,
  attributes: Readonly<Record<string, MotionValue<number> | MotionValue<string>>>,
): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return undefined;
    const entries = Object.entries(attributes);
    const apply = (): void => {
      for (const [name, value] of entries) {
        const v = value.get();
        el.setAttribute(name, typeof v === 'number' ? String(Math.round(v * 100) / 100) : v);
      }
    };
    apply();
    const schedule = (): void => {
      frame.render(apply);
    };
    const unsubscribers = entries.map(([, value]) => value.on('change', schedule));
    return () => {
      for (const u of unsubscribers) u();
      cancelFrame(apply);
    };
  });
}

/** Keeps the text of the element in `ref` equal to a motion value. */
export function useMotionText(ref: RefObject<Target>, value: MotionValue<string>): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return undefined;
    const apply = (): void => {
      const v = value.get();
      if (el.textContent !== v) el.textContent = v;
    };
    apply();
    const schedule = (): void => {
      frame.render(apply);
    };
    const unsubscribe = value.on('change', schedule);
    return () => {
      unsubscribe();
      cancelFrame(apply);
    };
  });
}
