/**
 * Writes text pieces to a stream in blocks, waiting whenever the stream asks to (backpressure),
 * so memory holds one block rather than the whole output.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

const BLOCK_CHARS = 64 * 1024;

/** Writes every piece, then a final newline. */
export async function writeChunks(out: Writable, pieces: Iterable<string>): Promise<void> {
  let block = '';
  for (const piece of pieces) {
    block += piece;
    if (block.length >= BLOCK_CHARS) {
      if (!out.write(block)) await once(out, 'drain');
      block = '';
    }
  }
  if (!out.write(`${block}\n`)) await once(out, 'drain');
}
