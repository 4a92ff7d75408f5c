/** The part of gifenc (which ships no types) that the GIF export uses. */
declare module 'gifenc' {
  export type Rgb = [number, number, number] | number[];

  export interface FrameOptions {
    palette?: Rgb[];
    delay?: number;
    repeat?: number;
    transparent?: boolean;
    transparentIndex?: number;
    dispose?: number;
  }

  export interface GifEncoder {
    writeFrame(index: Uint8Array, width: number, height: number, options?: FrameOptions): void;
    finish(): void;
    bytes(): Uint8Array<ArrayBuffer>;
  }

  export function GIFEncoder(options?: { initialCapacity?: number; auto?: boolean }): GifEncoder;
  export function quantize(
    rgba: Uint8Array | Uint8ClampedArray,
    maxColors: number,
    options?: { format?: 'rgb565' | 'rgb444' | 'rgba4444' },
  ): Rgb[];
  export function applyPalette(
    rgba: Uint8Array | Uint8ClampedArray,
    palette: Rgb[],
    format?: 'rgb565' | 'rgb444' | 'rgba4444',
  ): Uint8Array;
  export function nearestColorIndex(palette: Rgb[], color: Rgb): number;
}
