/**
 * How much the scene (the ladder and its labels) is magnified: null outside presentation mode,
 * where the ladder is laid out for its own width; a factor in presentation mode, set by the
 * presentation feature from the screen's size and the instructor's zoom keys.
 */
import { createContext, useContext } from 'react';

export interface SceneZoom {
  zoom: number | null;
  setZoom: (zoom: number | null) => void;
}

export const SceneZoomContext = createContext<SceneZoom>({
  zoom: null,
  setZoom: () => undefined,
});

/** The scene's magnification (null: none) and its setter. */
export function useSceneZoom(): SceneZoom {
  return useContext(SceneZoomContext);
}
