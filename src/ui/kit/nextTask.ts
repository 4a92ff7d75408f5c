/**
 * Resolves in a later task of the event loop, so that work done in slices lets the page paint
 * and answer input between them. A message channel, not a timer: timers are clamped to 4 ms
 * when nested and slowed to once a second in background tabs.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
