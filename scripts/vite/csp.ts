/**
 * The Content-Security-Policy the built pages carry, as a `<meta http-equiv>` (so it holds on any
 * static host, including those that cannot set headers, such as GitHub Pages).
 *
 * Only the build gets it: the development server injects inline scripts (React Refresh, Vite's
 * HMR client) that this policy would block, and `npm run preview` and every host serve the build.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Everything from the app's own origin and nothing else: no inline script, no eval, no
 * third-party origin. `blob:` images are the SVG drawn to a PNG by the export. `frame-ancestors`
 * is absent on purpose: a `<meta>` policy cannot carry it (browsers ignore it there and say so),
 * and the embed page is meant to be framed by any page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The pages that get the policy (the bench builds its own page and is left alone). */
const PAGES = new Set(['index.html', 'embed.html']);

export function contentSecurityPolicy(): Plugin {
  let root = '';
  return {
    name: 'handshake-lab-csp',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml(html, context) {
      if (!PAGES.has(relative(root, context.filename).split('\\').join('/'))) return undefined;
      // Right after the charset: a policy covers only what the parser meets after it.
      const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
      if (charset === null) throw new Error(`${context.filename}: no <meta charset> to follow`);
      const end = charset.index + charset[0].length;
      const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return `${html.slice(0, end)}${meta}${html.slice(end)}`;
    },
  };
}
