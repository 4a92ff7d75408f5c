import { embedderOrigin, webOrigin } from '../../src/links/index.ts';

describe('the embedding page’s origin', () => {
  const none = { explicit: null, ancestorOrigins: null, referrer: '' };

  it('prefers the origin the blogger gave, then the browser’s record, then the referrer', () => {
    const clues = {
      explicit: 'https://given.example',
      ancestorOrigins: ['https://parent.example', 'https://top.example'],
      referrer: 'https://referrer.example/post/1',
    };
    expect(embedderOrigin(clues)).toBe('https://given.example');
    expect(embedderOrigin({ ...clues, explicit: null })).toBe('https://parent.example');
    expect(embedderOrigin({ ...clues, explicit: null, ancestorOrigins: null })).toBe(
      'https://referrer.example',
    );
    expect(embedderOrigin({ ...clues, explicit: null, ancestorOrigins: [] })).toBe(
      'https://referrer.example',
    );
  });

  it('is unknown without clues, and for an opaque parent with no referrer', () => {
    expect(embedderOrigin(none)).toBeNull();
    expect(embedderOrigin({ ...none, ancestorOrigins: ['null'] })).toBeNull();
    expect(embedderOrigin({ ...none, referrer: 'about:blank' })).toBeNull();
  });

  it('reads only http(s) origins', () => {
    expect(webOrigin('http://127.0.0.1:4183/a/b/?x#y')).toBe('http://127.0.0.1:4183');
    expect(webOrigin('HTTPS://Blog.Example')).toBe('https://blog.example');
    for (const bad of [null, undefined, '', 'null', 'blog.example', 'file:///tmp/x', 'ftp://x.y']) {
      expect(webOrigin(bad)).toBeNull();
    }
  });
});
