/**
 * Sets the scene's magnification while presentation mode is on: the screen's fit times the
 * instructor's factor, kept current as the window is resized; none once it is off.
 */
import { useCallback, useEffect, useState } from 'react';
import { useSceneZoom } from '../run/index.ts';
import { screenZoom, stepZoomFactor } from './presentationZoom.ts';

function windowZoom(): number {
  return screenZoom(window.innerWidth, window.innerHeight);
}

/**
 * Returns the instructor's factor (1: fit to the screen) and how to change it: in (1), out (-1),
 * back to fit (0).
 */
export function usePresentationZoom(): {
  factor: number;
  zoomBy: (direction: 1 | -1 | 0) => void;
} {
  const { setZoom } = useSceneZoom();
  const [fit, setFit] = useState(windowZoom);
  const [factor, setFactor] = useState(1);
  useEffect(() => {
    const onResize = (): void => {
      setFit(windowZoom());
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
    };
  }, []);
  const zoom = fit * factor;
  useEffect(() => {
    setZoom(zoom);
  }, [zoom, setZoom]);
  useEffect(
    () => () => {
      setZoom(null);
    },
    [setZoom],
  );
  const zoomBy = useCallback((direction: 1 | -1 | 0) => {
    setFactor((f) => (direction === 0 ? 1 : stepZoomFactor(f, direction)));
  }, []);
  return { factor, zoomBy };
}
