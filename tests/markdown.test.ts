import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '@/lib/text/markdown';

const note = { text: 'EMPTY', lang: 'en' };
const render = (md: string) => renderMarkdown(md, note);

test('raw HTML in a profile body does not survive: no script, no event handler, no iframe', async () => {
  const html = await render('Hello <script>alert(1)</script> <b onclick="alert(2)">x</b>\n\n<iframe src="https://evil.example"></iframe>\n\n<img src=x onerror=alert(3)>');
  assert.doesNotMatch(html, /<script|onclick|onerror|<iframe|<img/i);
  assert.match(html, /Hello/);
});

test('javascript:, data: and vbscript: links lose their href; https, mailto and tel keep it', async () => {
  const html = await render('[a](javascript:alert(1)) [b](data:text/html,hi) [c](vbscript:msgbox) [d](JaVaScRiPt:alert(1)) [e](https://ok.example/) [f](mailto:a@b.example) [g](tel:+33100000000)');
  assert.doesNotMatch(html, /javascript:|data:|vbscript:/i);
  assert.match(html, /href="https:\/\/ok\.example\/"/);
  assert.match(html, /href="mailto:a@b\.example"/);
  assert.match(html, /href="tel:\+33100000000"/);
});

test('images are dropped so a profile cannot make readers fetch another origin', async () => {
  const html = await render('![tracker](https://evil.example/pixel.png)');
  assert.doesNotMatch(html, /<img|evil\.example/);
});

test('external links get rel="noopener noreferrer"', async () => {
  const html = await render('<https://www.first.org/tlp>');
  assert.match(html, /<a href="https:\/\/www\.first\.org\/tlp" rel="noopener noreferrer nofollow external">/);
});

test('body headings move one level down under the page heading and get stable ids', async () => {
  const html = await render('## 2. Contact\n\ntext\n\n### 2.1. Nom\n\nx');
  assert.match(html, /<h3 id="user-content-2-contact">2\. Contact<\/h3>/);
  assert.match(html, /<h4 id="user-content-21-nom">2\.1\. Nom<\/h4>/);
});

test('a section the team left empty is marked, in the reader language', async () => {
  const html = await render('## 3. Charter\n\n### 3.1. Order of missions\n\n### 3.2. Beneficiaries\n\nSMEs.');
  assert.match(html, /3\.1\. Order of missions<\/h4><p class="empty-section" lang="en">EMPTY<\/p><h4/);
  assert.equal(html.match(/empty-section/g)?.length, 1, 'a section with a sub-section is not empty');
});
