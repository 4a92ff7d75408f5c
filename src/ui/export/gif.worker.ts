/**
 * Encodes the moving picture's GIF off the page's thread (a long run is hundreds of frames),
 * reporting progress as it goes.
 */
import { revealGifWriter } from '../../export/gif/index.ts';
import type { GifReply, GifRequest } from './gifProtocol.ts';

const FRAMES_PER_REPORT = 8;

function reply(message: GifReply, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

addEventListener('message', (event: MessageEvent<GifRequest>) => {
  try {
    const writer = revealGifWriter(event.data);
    for (let done = 0; done < writer.total;) {
      done = writer.write(FRAMES_PER_REPORT);
      reply({ type: 'progress', fraction: done / writer.total });
    }
    const bytes = writer.finish();
    reply({ type: 'done', bytes }, [bytes.buffer]);
  } catch (e) {
    reply({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
});
