import { describe, expect, it } from '@jest/globals';
import { escapeHtml, html } from './html.js';

describe(html.name, () => {
  it('escapes every interpolated text, in content and in quoted attributes', () => {
    const name = `<script>alert("x")</script> & 'Vänner'`;
    expect(html`<p title="${name}">${name}</p>`.text).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Vänner&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Vänner&#39;</p>',
    );
  });

  it('keeps nested templates as they are, joins lists and leaves nothing for null, undefined and false', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    // Prettier would lay out the tag's HTML, changing the very text under test.
    // prettier-ignore
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.text).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
  });

  it('does not trust a string that looks like HTML: only a template makes safe HTML', () => {
    expect(html`${'<b>bold</b>'}`.text).toBe('&lt;b&gt;bold&lt;/b&gt;');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
