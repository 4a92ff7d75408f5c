/**
 * `<handshake-lab scenario="lost-syn" lang="ko"></handshake-lab>`: the embed as a custom element,
 * built as one self-contained script (dist/embed/handshake-lab.js). Its styles live in its shadow
 * root, so they neither leak into the page nor take the page's; its keys come only from inside it.
 *
 * Attributes: scenario (a built-in scenario's name), scenario-data (a custom scenario packed as
 * in share links' `#s=`: `1.<data>`, checked as a link's is), lang, theme (light, dark), from,
 * to, autoplay, compact. It makes no requests and sets no cookies.
 */
import '../pwa/noEval.ts';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { builtInLibrary } from '../scenarios/builtins.ts';
import type { ScenarioLibrary } from '../scenarios/index.ts';
import { EmbedApp } from '../ui/embed/index.ts';
import { inSlices, runLink } from '../ui/share/index.ts';
import { detectLang } from '../i18n/index.ts';
import { RecoveryBoundary } from '../ui/recovery/index.ts';
import {
  openStartLink,
  readEmbedConfig,
  type EmbedConfig,
  type LinkRun,
  type StartLink,
} from '../links/index.ts';
import appCss from '../ui/shell/app.css?inline';
import kitCss from '../ui/kit/kit.css?inline';
import shareCss from '../ui/share/share.css?inline';
import embedCss from '../ui/embed/embed.css?inline';
import recoveryCss from '../ui/recovery/recovery.css?inline';

const ATTRIBUTES = ['scenario', 'lang', 'theme', 'from', 'to', 'autoplay', 'compact'] as const;
const DATA = 'scenario-data';

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
  static observedAttributes = [...ATTRIBUTES, DATA];
  private root: Root | null = null;
  /** Counts updates, so a custom scenario still opening is not drawn over a newer one. */
  private updates = 0;
  /** Stops the custom scenario's run still going, when a newer update or removal ends it. */
  private running: AbortController | null = null;

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
    this.running?.abort();
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
    const data = this.getAttribute(DATA);
    const update = ++this.updates;
    this.running?.abort();
    this.running = null;
    if (data === null || config.scenario !== null) {
      this.draw(config, { library, problem: null }, '');
      return;
    }
    const fragment = `#s=${data}`;
    const running = new AbortController();
    this.running = running;
    // A page may start no worker from another origin: the run steps on the page in slices.
    const run: LinkRun = (linked) =>
      this.root === null
        ? Promise.resolve({ ok: false, problem: { kind: 'cancelled' } })
        : runLink(
            this.root,
            config.lang ?? detectLang('', navigator.languages),
            inSlices(linked),
            running.signal,
          );
    void openStartLink(library, { search: '', hash: fragment }, run)
      .catch((): StartLink => ({ library: library ?? builtInLibrary(), problem: null }))
      .then((start) => {
        if (update === this.updates) this.draw(config, start, fragment);
      });
  }

  private draw(config: EmbedConfig, start: StartLink, fragment: string): void {
    this.root?.render(
      <StrictMode>
        <RecoveryBoundary>
          <EmbedApp
            library={start.library}
            config={config}
            problem={start.problem}
            appUrl={appUrl}
            fragment={fragment}
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
