import { embedQuery, readEmbedConfig, DEFAULT_EMBED } from '../../src/links/embedConfig.ts';
import { heightMessage } from '../../src/links/frameHeight.ts';
import { readParentMessage } from '../../src/links/parentMessages.ts';
import { elementSnippet, iframeSnippet, resizeScript } from '../../src/links/embedSnippets.ts';
import { appLink } from '../../src/links/appLink.ts';
import { shareUrl } from '../../src/links/shareUrl.ts';

describe('embed settings', () => {
  it('reads every setting and round-trips through the query string', () => {
    const config = readEmbedConfig(
      '?scenario=lost-syn&from=2&to=8&autoplay=1&lang=ko&theme=dark&compact=1&id=post-1',
    );
    expect(config).toEqual({
      scenario: 'lost-syn',
      from: 2,
      to: 8,
      autoplay: true,
      lang: 'ko',
      theme: 'dark',
      compact: true,
      id: 'post-1',
      origin: null,
    });
    expect(readEmbedConfig(embedQuery(config))).toEqual(config);
    expect(embedQuery(DEFAULT_EMBED)).toBe('');
  });

  it('falls back to the defaults for anything unknown, and orders a reversed range', () => {
    expect(
      readEmbedConfig('?from=-1&to=abc&lang=fr&theme=neon&autoplay=yes&id=<b>&compact=0'),
    ).toEqual(DEFAULT_EMBED);
    expect(readEmbedConfig('?from=9&to=3')).toMatchObject({ from: 3, to: 9 });
  });

  it('takes the embedding site as an http(s) origin and round-trips it', () => {
    const config = readEmbedConfig('?origin=https%3A%2F%2Fblog.example');
    expect(config.origin).toBe('https://blog.example');
    expect(embedQuery(config)).toBe('?origin=https%3A%2F%2Fblog.example');
    // A page's address stands for its site: only the origin is kept.
    expect(readEmbedConfig('?origin=https://blog.example:8443/2024/post?x=1').origin).toBe(
      'https://blog.example:8443',
    );
    for (const bad of ['blog.example', 'javascript:alert(1)', 'data:text/html,x', 'null', '']) {
      expect(readEmbedConfig(`?origin=${encodeURIComponent(bad)}`).origin).toBeNull();
    }
  });
});

describe('height protocol', () => {
  it('posts whole pixels with the protocol version and the embed id', () => {
    expect(heightMessage(611.2, 'post-1')).toEqual({
      type: 'handshake-lab:height',
      version: 1,
      height: 612,
      id: 'post-1',
    });
  });

  it('accepts only well-formed parent messages', () => {
    expect(readParentMessage({ type: 'handshake-lab:request-height' })).toEqual({
      type: 'handshake-lab:request-height',
    });
    expect(readParentMessage({ type: 'handshake-lab:go-to-step', step: 4 })).toEqual({
      type: 'handshake-lab:go-to-step',
      step: 4,
    });
    for (const bad of [
      null,
      'handshake-lab:request-height',
      { type: 'handshake-lab:go-to-step', step: '4' },
      { type: 'handshake-lab:go-to-step', step: 1.5 },
      { type: 'handshake-lab:go-to-step', step: -1 },
      { type: 'handshake-lab:go-to-step' },
      { type: 'something-else' },
    ]) {
      expect(readParentMessage(bad)).toBeNull();
    }
  });
});

describe('snippets', () => {
  it('escapes every value placed in markup', () => {
    const iframe = iframeSnippet('https://x.test/embed.html?a=1&b="2"', 'T <i>itle</i>', true);
    expect(iframe).toBe(
      '<iframe src="https://x.test/embed.html?a=1&amp;b=&quot;2&quot;" title="T &lt;i&gt;itle&lt;/i&gt;" width="100%" height="440" style="border:0;width:100%;max-width:60rem" loading="lazy"></iframe>',
    );
    expect(
      elementSnippet('https://x.test/embed/handshake-lab.js', {
        scenario: 'a"b',
        lang: 'ko',
        to: null,
      }),
    ).toBe(
      '<script src="https://x.test/embed/handshake-lab.js" defer></script>\n<handshake-lab scenario="a&quot;b" lang="ko"></handshake-lab>',
    );
  });

  it('gives a two-line resize script that checks the sender’s origin and the message', () => {
    const script = resizeScript('https://lab.example');
    expect(script.split('\n')).toHaveLength(2);
    expect(script).toContain('e.origin!=="https://lab.example"');
    expect(script).toContain('d.type!=="handshake-lab:height"');
    expect(script).toContain('f.contentWindow===e.source');
    expect(resizeScript('https://x</script>')).not.toContain('</script>"');
  });

  it('links an embed back to the full app, and a share link names step and language', () => {
    expect(appLink('https://lab.example/app/embed.html?x=1#s=old', 'lost-syn', 'ko', 3, '')).toBe(
      'https://lab.example/app/embed.html?scenario=lost-syn&step=3&lang=ko',
    );
    expect(appLink('https://lab.example/', '~link', 'en', null, '#s=1.abc')).toBe(
      'https://lab.example/?lang=en#s=1.abc',
    );
    expect(shareUrl('https://lab.example/?scenario=a&step=1&present=1#s=1.x', 9, 'ko')).toBe(
      'https://lab.example/?scenario=a&step=9&lang=ko#s=1.x',
    );
  });
});
