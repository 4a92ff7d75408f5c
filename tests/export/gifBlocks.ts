/**
 * Reads a GIF's block structure (GIF89a specification): size, loop count, and each frame's
 * delay, transparency and disposal. Enough to check an encoder without trusting it.
 */
export interface GifFrameInfo {
  delayMs: number;
  transparent: boolean;
  dispose: number;
}

export interface GifInfo {
  version: string;
  width: number;
  height: number;
  loops: number | null;
  frames: GifFrameInfo[];
}

export function readGif(bytes: Uint8Array): GifInfo {
  let at = 0;
  const byte = (): number => {
    const b = bytes[at++];
    if (b === undefined) throw new Error(`the GIF ends early, at byte ${at}`);
    return b;
  };
  const word = (): number => byte() | (byte() << 8);
  const subBlocks = (): number[] => {
    const out: number[] = [];
    for (let size = byte(); size !== 0; size = byte()) {
      for (let i = 0; i < size; i++) out.push(byte());
    }
    return out;
  };
  const version = String.fromCharCode(...bytes.slice(0, 6));
  at = 6;
  const width = word();
  const height = word();
  const packed = byte();
  at += 2;
  if (packed & 0x80) at += 3 * 2 ** ((packed & 7) + 1);
  let loops: number | null = null;
  const frames: GifFrameInfo[] = [];
  let control: GifFrameInfo = { delayMs: 0, transparent: false, dispose: 0 };
  for (;;) {
    const kind = byte();
    if (kind === 0x3b) break;
    if (kind === 0x21) {
      const label = byte();
      const data = subBlocks();
      if (label === 0xf9) {
        const flags = data[0] ?? 0;
        control = {
          dispose: (flags >> 2) & 7,
          transparent: (flags & 1) === 1,
          delayMs: ((data[1] ?? 0) | ((data[2] ?? 0) << 8)) * 10,
        };
      } else if (label === 0xff && String.fromCharCode(...data.slice(0, 11)) === 'NETSCAPE2.0') {
        loops = (data[12] ?? 0) | ((data[13] ?? 0) << 8);
      }
    } else if (kind === 0x2c) {
      at += 8;
      const local = byte();
      if (local & 0x80) at += 3 * 2 ** ((local & 7) + 1);
      at += 1; // LZW minimum code size
      subBlocks();
      frames.push(control);
      control = { delayMs: 0, transparent: false, dispose: 0 };
    } else {
      throw new Error(`unknown block 0x${kind.toString(16)} at byte ${at - 1}`);
    }
  }
  return { version, width, height, loops, frames };
}
