import { htmlImageLink, markdownImageLink } from '../../src/links/index.ts';
import { printedAddress, shortAddress } from '../../src/ui/export/movingImage.ts';

describe('the image-with-a-link snippets', () => {
  it('write a Markdown image inside a link, escaping what would end either', () => {
    expect(markdownImageLink('run.svg', 'A [b] \\ c', 'https://x.test/?s=1#s=1.(a) b')).toBe(
      '[![A \\[b\\] \\\\ c](run.svg)](https://x.test/?s=1#s=1.%28a%29%20b)',
    );
  });

  it('write HTML with every value escaped', () => {
    expect(htmlImageLink('a"b.svg', '<i>T</i>', 'https://x.test/?a=1&b=2', 480)).toBe(
      '<a href="https://x.test/?a=1&amp;b=2"><img src="a&quot;b.svg" alt="&lt;i&gt;T&lt;/i&gt;" width="480" style="max-width:100%;height:auto"></a>',
    );
  });
});

describe('the link line under the picture', () => {
  it('drops the scheme and cuts a long address with an ellipsis', () => {
    expect(shortAddress('https://lab.example/?scenario=lost-syn', 40)).toBe(
      'lab.example/?scenario=lost-syn',
    );
    expect(shortAddress('https://lab.example/#s=1.abcdefghij', 16)).toBe('lab.example/#s=…');
  });

  it('prints the address without the first step and the language, keeping the rest', () => {
    expect(printedAddress('https://lab.example/a/?scenario=lost-syn&step=0&lang=ko')).toBe(
      'https://lab.example/a/?scenario=lost-syn',
    );
    expect(printedAddress('https://lab.example/?view=lab&step=4&lang=en#s=1.x')).toBe(
      'https://lab.example/?view=lab&step=4#s=1.x',
    );
  });
});
