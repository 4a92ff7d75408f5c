/** The Export dialog (loaded when first opened) and the moving picture's pieces other rooms show. */
export { exportFileName } from './ladderExport.ts';
export { MovingImageButtons } from './MovingImageButtons.tsx';
export { MOVING_WIDTH } from './movingImage.ts';
