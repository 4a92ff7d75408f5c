/** An SVG drawn to a canvas: the export's PNG download and the GIF's frames. */
import type { SvgDocument } from '../../export/index.ts';

/** Draws an SVG document onto a canvas `scale` times its size. */
export async function svgToCanvas(doc: SvgDocument, scale = 2): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([doc.svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(doc.width * scale);
    canvas.height = Math.round(doc.height * scale);
    const ctx = canvas.getContext('2d');
    if (ctx === null) throw new Error('no 2D canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Draws an SVG document onto a canvas `scale` times its size and returns it as a PNG. */
export async function svgToPng(doc: SvgDocument, scale = 2): Promise<Blob> {
  const canvas = await svgToCanvas(doc, scale);
  return await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob === null) reject(new Error('the canvas gave no PNG'));
      else resolve(blob);
    }, 'image/png');
  });
}
