/**
 * Registers the offline service worker (production builds only: the dev server has none) and
 * says when a new version has taken over this page: the controller changed from one worker to
 * another. The page keeps working meanwhile (the new worker still serves this build's chunks);
 * `onUpdate` lets it offer a reload.
 */

export function registerServiceWorker(onUpdate: () => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  // The first worker taking over a page that loaded without one is not an update.
  let controller = container.controller;
  container.addEventListener('controllerchange', () => {
    if (controller !== null) onUpdate();
    controller = container.controller;
  });
  const register = (): void => {
    container
      .register(new URL('sw.js', window.location.href), { scope: './' })
      .then((registration) => {
        // A tab left open through a lecture never navigates, which is when browsers look for a
        // new worker: look when it is shown again and when the network comes back.
        const check = (): void => {
          if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
        };
        document.addEventListener('visibilitychange', check);
        window.addEventListener('online', check);
      })
      .catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
