/**
 * `<handshake-lab scenario="lost-syn" lang="ko"></handshake-lab>`: the embed as a custom element,
 * built as one self-contained script (dist/embed/handshake-lab.js). Its styles live in its shadow
 * root, so they neither leak into the page nor take the page's; its keys come only from inside it.
 *
 * Attributes: scenario (a built-in scenario's name), lang, theme (light, dark), from, to,
 * autoplay, compact. It makes no requests and sets no cookies. Custom scenarios are left to the
 * iframe embed: validating them needs the scenario schema, which would double this script.
 */
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { builtInLibrary } from '../scenarios/builtins.ts';
import type { ScenarioLibrary } from '../scenarios/index.ts';
import { EmbedApp } from '../ui/embed/index.ts';
import { RecoveryBoundary } from '../ui/recovery/index.ts';
import { readEmbedConfig } from '../links/index.ts';
import appCss from '../ui/shell/app.css?inline';
import kitCss from '../ui/kit/kit.css?inline';
import shareCss from '../ui/share/share.css?inline';
import embedCss from '../ui/embed/embed.css?inline';
import recoveryCss from '../ui/recovery/recovery.css?inline';

const ATTRIBUTES = ['scenario', 'lang', 'theme', 'from', 'to', 'autoplay', 'compact'] as const;

/** The app's styles for a shadow root: the page-wide tokens move from :root to the host. */
export const ELEMENT_CSS = [
  appCss.replace(/:root\b/g, ':host'),
  kitCss,
  shareCss,
  embedCss,
  recoveryCss,
  ':host{display:block}:host([hidden]){display:none}',
].join('\n');

// The script's own address, read while it runs: the full app lives one folder up.
const scriptSrc =
  document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';
const appUrl = new URL('../', scriptSrc === '' ? window.location.href : scriptSrc).href;

let library: ScenarioLibrary | null = null;

export class HandshakeLabElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  private root: Root | null = null;

  connectedCallback(): void {
    if (this.root === null) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = ELEMENT_CSS;
      const mount = document.createElement('div');
      shadow.replaceChildren(style, mount);
      this.root = createRoot(mount);
    }
    this.update();
  }

  disconnectedCallback(): void {
    this.root?.unmount();
    this.root = null;
  }

  attributeChangedCallback(): void {
    if (this.root !== null) this.update();
  }

  private update(): void {
    const params = new URLSearchParams();
    for (const name of ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null) params.set(name, value === '' ? '1' : value);
    }
    const config = readEmbedConfig(params.toString());
    library ??= builtInLibrary();
    this.root?.render(
      <StrictMode>
        <RecoveryBoundary>
          <EmbedApp
            library={library}
            config={config}
            problem={null}
            appUrl={appUrl}
            fragment=""
            frameBridge={null}
            languages={navigator.languages}
          />
        </RecoveryBoundary>
      </StrictMode>,
    );
  }
}

if (customElements.get('handshake-lab') === undefined) {
  customElements.define('handshake-lab', HandshakeLabElement);
}
