/**
 * Hostile profiles: every profile is untrusted text. The loader refuses what
 * can disguise text or take the build down (with the file and the field), and
 * the one Markdown path leaves no script, handler, frame or dangerous link.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { loadTeams, parseProfile, ProfileError } from '@/lib/profile/load';
import { PROFILE_LIMITS } from '@/lib/profile/rules';
import { renderMarkdown } from '@/lib/text/markdown';

const VALID = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/valid/teams/test-cert/profile.md'), 'utf8');
const FILE = 'content/teams/test-cert/profile.md';

function edit(from: string | RegExp, to: string): string {
  const out = VALID.replace(from, to);
  assert.notEqual(out, VALID, `fixture edit did not apply: ${from}`);
  return out;
}

function refused(text: string | Buffer): ProfileError {
  try {
    parseProfile(FILE, Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'));
  } catch (error) {
    assert.ok(error instanceof ProfileError, `expected a ProfileError, got ${error}`);
    assert.ok(error.message.startsWith(`${FILE}: `), error.message);
    return error;
  }
  assert.fail('expected the profile to be refused');
}

const accepted = (text: string) => parseProfile(FILE, Buffer.from(text, 'utf8'));
const withWebsite = (url: string) => edit('region: Bretagne\n', `region: Bretagne\nwebsite: ${JSON.stringify(url)}\n`);
const withName = (name: string) => edit('official: Test CERT', `official: ${JSON.stringify(name)}`);
const withBody = (body: string) => VALID.replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}\n`);

// --- URL fields --------------------------------------------------------------

const BAD_URLS: [string, RegExp][] = [
  ['javascript:alert(1)', /got a "javascript:" URL/],
  ['JaVaScRiPt:alert(1)', /got a "javascript:" URL/],
  ['data:text/html,<script>alert(1)</script>', /got a "data:" URL/],
  ['vbscript:msgbox(1)', /got a "vbscript:" URL/],
  ['file:///etc/passwd', /got a "file:" URL/],
  ['ftp://example.org/key.asc', /got a "ftp:" URL/],
  ['https://user:pass@example.org/', /without a user name or password/],
  ['https://user@example.org/', /without a user name or password/],
  ['https://example.org\\@evil.example/', /without spaces, line breaks or backslashes/],
  ['https:example.org', /absolute URL/],
  ['//example.org/', /absolute URL/],
  [' javascript:alert(1)', /absolute URL|spaces|"javascript:"/],
  ['https://example.org/\nx', /without spaces, line breaks or backslashes/],
];

for (const [url, message] of BAD_URLS) {
  test(`URL fields refuse ${JSON.stringify(url)}`, () => {
    const error = refused(withWebsite(url));
    assert.equal(error.field, 'website');
    assert.match(error.detail, message);
  });
}

test('URL fields accept https: and, as a fallback, http:', () => {
  assert.equal(accepted(withWebsite('https://example.org/a?b=c#d')).profile.website, 'https://example.org/a?b=c#d');
  assert.equal(accepted(withWebsite('http://example.org/')).profile.website, 'http://example.org/');
});

test('every URL field is checked: key URLs, report form, document locations', () => {
  assert.equal(refused(edit('urls: [https://example.org/key.asc]', 'urls: ["data:application/pgp-keys,x"]')).field, 'pgp_keys.0.urls.0');
  assert.equal(refused(edit('listing:', 'reporting:\n  form_url: "vbscript:x"\nlisting:')).field, 'reporting.form_url');
  assert.equal(refused(edit('  signed: false', '  signed: false\n  locations: ["javascript:alert(1)"]')).field, 'document.locations.0');
});

test('a URL longer than 2,000 characters is refused with the limit and the size', () => {
  const error = refused(withWebsite(`https://example.org/${'x'.repeat(2000)}`));
  assert.equal(error.field, 'website');
  assert.equal(error.detail, 'expected at most 2,000 characters, got 2,020');
});

// --- E-mail addresses --------------------------------------------------------

for (const address of ['"Evil" <cert@example.org>', 'cert@example.org\nBcc: x@evil.example', 'cert@example.org?bcc=x@evil.example', 'a"b@example.org', 'cert@example.org>', 'cert@exämple.org', 'cert@[127.0.0.1]']) {
  test(`e-mail addresses cannot smuggle anything: ${JSON.stringify(address)}`, () => {
    const error = refused(edit('address: cert@example.org', `address: ${JSON.stringify(address)}`));
    assert.equal(error.field, 'emails.0.address');
    assert.match(error.detail, /expected an e-mail address|invisible|control character/);
  });
}

test('an e-mail address longer than 254 characters is refused', () => {
  const error = refused(edit('address: cert@example.org', `address: ${'a'.repeat(64)}@${'b'.repeat(190)}.org`));
  assert.equal(error.field, 'emails.0.address');
  assert.match(error.detail, /at most 254 characters, got 259/);
});

// --- Invisible and control characters -----------------------------------------

const BAD_CHARACTERS: [string, string][] = [
  ['\u202E', 'U+202E (right-to-left override)'],
  ['\u202A', 'U+202A (left-to-right embedding)'],
  ['\u2066', 'U+2066 (left-to-right isolate)'],
  ['\u2069', 'U+2069 (pop directional isolate)'],
  ['\u200B', 'U+200B (zero width space)'],
  ['\u200D', 'U+200D (zero width joiner)'],
  ['\uFEFF', 'U+FEFF (zero width no-break space (byte order mark))'],
  ['\u0000', 'U+0000 (NULL)'],
  ['\u001B', 'U+001B (escape)'],
  ['\u0085', 'U+0085, a control character'],
  ['\u{E0041}', 'U+E0041, an invisible character'],
];

for (const [char, description] of BAD_CHARACTERS) {
  test(`frontmatter strings refuse ${description.split(',')[0]}, naming the field`, () => {
    const escaped = `\\U${char.codePointAt(0)!.toString(16).padStart(8, '0')}`;
    const error = refused(withName(`Test${char}CERT`).replace(JSON.stringify(`Test${char}CERT`), `"Test${escaped}CERT"`));
    assert.equal(error.field, 'name.official');
    assert.ok(error.detail.startsWith(`character 5 is ${description}`), error.detail);
  });
}

test('a raw bidi override in an e-mail address is refused before the e-mail check', () => {
  const error = refused(edit('address: cert@example.org', 'address: cert\u202E@example.org'));
  assert.equal(error.field, 'emails.0.address');
  assert.match(error.detail, /U\+202E \(right-to-left override\), an invisible bidirectional control/);
});

test('a lone surrogate (only a YAML escape can make one) is refused', () => {
  const error = refused(edit('official: Test CERT', 'official: "Test \\uD800 CERT"'));
  assert.equal(error.field, 'name.official');
  assert.match(error.detail, /lone surrogate/);
});

test('a forbidden character in a YAML key is refused', () => {
  const error = refused(edit('country: FR\n', 'country: FR\n"coun\\u202Etry": FR\n'));
  assert.equal(error.field, '(frontmatter)');
  assert.match(error.detail, /the key .* holds U\+202E/);
});

test('look-alike letters, right-to-left marks and combining marks are allowed text', () => {
  const { profile } = accepted(withName('СЕRТ Frаnсе \u200F مرحبا e\u0301'));
  assert.equal(profile.name.official, 'СЕRТ Frаnсе \u200F مرحبا e\u0301');
});

test('a bidi control in the body is refused with its file line', () => {
  const text = withBody('## 1. A propos\n\nLine one.\n\nAccess granted \u202Edenied\n');
  const error = refused(text);
  assert.equal(error.field, '(body)');
  const line = text.split('\n').findIndex((l) => l.includes('\u202E')) + 1;
  assert.ok(error.detail.startsWith(`line ${line}: U+202E (right-to-left override)`), error.detail);
});

// --- Lengths -----------------------------------------------------------------

test('a name over 200 characters is refused with the limit and the size', () => {
  const error = refused(withName('N'.repeat(201)));
  assert.equal(error.field, 'name.official');
  assert.equal(error.detail, 'expected at most 200 characters, got 201');
});

test('an as_written text over 4,000 characters is refused', () => {
  const error = refused(edit('listing:', `hours_placeholder:\nlisting:`).replace('hours_placeholder:\n', '').replace('  schedule:', `  as_written: ${JSON.stringify('h'.repeat(4001))}\n  schedule:`));
  assert.equal(error.field, 'hours.as_written');
  assert.equal(error.detail, 'expected at most 4,000 characters, got 4,001');
});

test('a list over its size is refused with the limit and the count', () => {
  const many = Array.from({ length: 21 }, (_, i) => `  - address: c${i}@example.org\n    uses: [general]`).join('\n');
  const error = refused(edit('emails:\n', `emails:\n${many}\n`));
  assert.equal(error.field, 'emails');
  assert.equal(error.detail, 'expected at most 20 items, got 22');
});

test('a 5 MB body is refused with its size and the limit', () => {
  const error = refused(withBody(`## 1. Big\n\n${'x'.repeat(5 * 1024 * 1024)}`));
  assert.equal(error.field, '(body)');
  assert.match(error.detail, /^the Markdown body is 5,242,8\d\d bytes; the limit is 262,144 bytes \(256 KB\)$/);
});

test('a file over 8 MB is refused before it is decoded', () => {
  const error = refused(Buffer.alloc(PROFILE_LIMITS.fileBytes + 1, 0x41));
  assert.equal(error.field, null);
  assert.match(error.detail, /the file is 8,388,609 bytes; a profile may be at most 8,388,608 bytes/);
});

// --- Nesting -----------------------------------------------------------------

const bodyLine = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const DEEP: [string, string, string][] = [
  ['10,000 nested block quotes', `${'>'.repeat(10000)} deep`, 'deep'],
  ['10,000 nested list items on one line', `${'- '.repeat(10000)}deep`, 'deep'],
  ['indented lists nested 40 deep', Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level${i}`).join('\n'), 'level32'],
  ['20,000 nested emphasis markers', `${'*'.repeat(20000)}deep${'*'.repeat(20000)}`, 'deep'],
  ['10,000 nested link brackets', `${'['.repeat(10000)}deep${'](https://a.example)'.repeat(10)}`, 'deep'],
  // Four columns of indentation per level: the cheap estimate counts two levels per level here.
  ['40 nested footnote definitions', Array.from({ length: 40 }, (_, i) => `${'    '.repeat(i)}[^n${i}]: level${i}`).join('\n'), 'level16'],
];

for (const [name, markdown, needle] of DEEP) {
  test(`a body with ${name} is refused quickly with its line, not a stack overflow`, () => {
    const text = withBody(`## 1. Deep\n\n${markdown}\n`);
    const started = Date.now();
    const error = refused(text);
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    assert.equal(error.field, '(body)');
    assert.match(error.detail, new RegExp(`^line ${bodyLine(text, needle)}: .*the limit is 32 levels`));
  });
}

test('nesting up to 32 levels is accepted', () => {
  accepted(withBody(`## 1. Deep\n\n${Array.from({ length: 32 }, (_, i) => `${'  '.repeat(i)}- level${i}`).join('\n')}\n\n${'> '.repeat(32)}quote\n`));
});

test('thematic breaks, long underscores in forms and fenced code are not mistaken for nesting', () => {
  accepted(withBody(`## 1. Forms\n\n* * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * *\n\nName: ${'_'.repeat(50)}\n\n\`\`\`\n${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- outline ${i}`).join('\n')}\n\`\`\`\n`));
});

// --- The rejected fixture profiles -------------------------------------------

const REJECTED = path.resolve('e2e/hostile/rejected');

const REJECTED_CASES: { slug: string; field: string | null; detail: RegExp; grow?: (text: Buffer) => Buffer }[] = [
  { slug: 'bidi-in-name', field: 'name.official', detail: /^character 11 is U\+202E \(right-to-left override\)/ },
  { slug: 'bidi-in-email', field: 'emails.0.address', detail: /^character 5 is U\+202E \(right-to-left override\)/ },
  { slug: 'javascript-website', field: 'website', detail: /^expected an https: \(or http:\) URL, got a "javascript:" URL$/ },
  { slug: 'data-form-url', field: 'reporting.form_url', detail: /^expected an https: \(or http:\) URL, got a "data:" URL$/ },
  { slug: 'alias-bomb', field: null, detail: /^unparseable YAML frontmatter: .*alias/i },
  { slug: 'non-utf8', field: null, detail: /^the file is not valid UTF-8 text$/ },
  { slug: 'too-deep-nesting', field: '(body)', detail: /^line 17: Markdown nested about 40 levels deep; the limit is 32/ },
  {
    slug: 'body-too-large',
    field: '(body)',
    detail: /^the Markdown body is 5,24\d,\d{3} bytes; the limit is 262,144 bytes \(256 KB\)$/,
    grow: (text) => Buffer.concat([text, Buffer.from(`\n${'Five megabytes of text. '.repeat(5 * 1024 * 1024 / 24)}\n`)]),
  },
];

test('every rejected fixture profile has a case here', () => {
  const folders = fs.readdirSync(REJECTED, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  assert.deepEqual(folders, REJECTED_CASES.map((c) => c.slug).sort());
});

for (const c of REJECTED_CASES) {
  test(`rejected fixture ${c.slug}: loaded alone, the error names the file and ${c.field ?? 'no field'}`, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csirt-hostile-'));
    fs.mkdirSync(path.join(dir, 'teams', c.slug), { recursive: true });
    const source = fs.readFileSync(path.join(REJECTED, c.slug, 'profile.md'));
    assert.ok(source.length < 4096, 'committed rejected profiles stay small');
    fs.writeFileSync(path.join(dir, 'teams', c.slug, 'profile.md'), c.grow ? c.grow(source) : source);
    let error: unknown;
    try {
      loadTeams(dir);
    } catch (e) {
      error = e;
    }
    assert.ok(error instanceof ProfileError, `expected a ProfileError, got ${error}`);
    const file = path.relative(process.cwd(), path.join(dir, 'teams', c.slug, 'profile.md'));
    assert.equal(error.file, file);
    assert.equal(error.field, c.field);
    assert.match(error.detail, c.detail);
    assert.equal(error.message, `${file}: ${c.field ? `${c.field}: ` : ''}${error.detail}`);
  });
}

// --- The hostile fixture site ----------------------------------------------

const HOSTILE = path.resolve('e2e/hostile/content');

test('the hostile fixture content is valid: hostile text, allowed by the rules', () => {
  const teams = loadTeams(HOSTILE);
  assert.deepEqual(teams.map((t) => t.slug).sort(), ['hostile-big-body', 'hostile-frontmatter-html', 'hostile-html-body', 'hostile-links', 'hostile-long-fields', 'hostile-lookalike']);
  const big = teams.find((t) => t.slug === 'hostile-big-body')!;
  const size = Buffer.byteLength(big.body);
  assert.ok(size > PROFILE_LIMITS.bodyBytes - 1024 && size <= PROFILE_LIMITS.bodyBytes, `big body is ${size} bytes (regenerate with scripts/make-hostile-fixtures.ts)`);
  const long = teams.find((t) => t.slug === 'hostile-long-fields')!.profile;
  assert.equal(long.name.official.length, PROFILE_LIMITS.name);
  assert.equal(long.website?.length, PROFILE_LIMITS.url);
  assert.equal(long.emails[0].address.length, PROFILE_LIMITS.email);
  assert.equal(long.address?.length, PROFILE_LIMITS.asWritten);
  const html = teams.find((t) => t.slug === 'hostile-frontmatter-html')!.profile;
  assert.equal(html.name.official, "<script>alert('name-official')</script> HTML Name CERT", 'HTML in the frontmatter stays text');
});

// --- Markdown sanitization, checked on a parsed tree ---------------------------

const render = (md: string) => renderMarkdown(md, { text: 'EMPTY', lang: 'en' });

const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'style', 'link', 'meta', 'base', 'svg', 'math', 'img', 'image', 'video', 'audio', 'source', 'picture', 'template', 'noscript', 'applet', 'portal']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'data', 'srcSet', 'background', 'cite', 'codeBase'];

function elements(root: Root): Element[] {
  const out: Element[] = [];
  const stack: (Root | RootContent)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'element') out.push(node);
    if ('children' in node) stack.push(...node.children);
    if (node.type === 'element' && node.content) stack.push(node.content);
  }
  return out;
}

/** Parses the output as a browser would, and returns every problem found. */
function problems(html: string): string[] {
  const found: string[] = [];
  for (const el of elements(fromHtml(html, { fragment: true }))) {
    if (FORBIDDEN_TAGS.has(el.tagName)) found.push(`<${el.tagName}>`);
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on/i.test(name)) found.push(`${el.tagName}[${name}]`);
      if (name === 'style') found.push(`${el.tagName}[style]`);
      if (URL_ATTRIBUTES.includes(name)) {
        const url = String(value).trim();
        if (name !== 'href' || el.tagName !== 'a') found.push(`${el.tagName}[${name}=${url}]`);
        else if (!/^(https?:|mailto:|tel:|#)/i.test(url)) found.push(`a[href=${url}]`);
      }
    }
  }
  return found;
}

const HOSTILE_MARKDOWN: [string, string][] = [
  ['script tags', 'a <script>alert(1)</script> b\n\n<script>alert(2)</script>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['raw a javascript:', '<a href="javascript:alert(1)">x</a>'],
  ['markdown javascript: link', '[x](javascript:alert(1))'],
  ['mixed-case scheme', '[x](JaVaScRiPt:alert(1))'],
  ['entity tab in scheme', '[x](java&#x09;script:alert(1))'],
  ['entity-encoded scheme', '[x](&#x6A;avascript&colon;alert(1))'],
  ['data: link', '[x](data:text/html,<script>alert(1)</script>)'],
  ['vbscript: link', '[x](vbscript:msgbox(1))'],
  ['javascript: autolink', '<javascript:alert(1)>'],
  ['reference-style link', '[x][r]\n\n[r]: javascript:alert(1)'],
  ['image with javascript: src', '![x](javascript:alert(1))'],
  ['linked image', '[![x](https://evil.example/p.png)](javascript:alert(1))'],
  ['svg', '<svg onload=alert(1)><script>alert(2)</script><a xlink:href="javascript:alert(3)">x</a></svg>'],
  ['mathml', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>'],
  ['iframe', '<iframe src="javascript:alert(1)"></iframe><iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['form', '<form action="javascript:alert(1)"><input type=submit formaction="javascript:alert(2)"><button>x</button></form>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['style', '<style>*{display:none}</style><p style="color:red">x</p>'],
  ['object and embed', '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">'],
  ['noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['base', '<base href="javascript:alert(1)//">[rel](page)'],
  ['html in a heading and a table', '## <img src=x onerror=alert(1)> title\n\n| a | b |\n| - | - |\n| <script>alert(1)</script> | [x](javascript:alert(1)) |'],
  ['footnote with javascript:', 'text[^1]\n\n[^1]: [x](javascript:alert(1))'],
];

for (const [name, md] of HOSTILE_MARKDOWN) {
  test(`markdown sanitization: ${name}`, async () => {
    const html = await render(md);
    assert.deepEqual(problems(html), [], html);
  });
}

test('markdown sanitization: entity-encoded tags render as text, not as tags', async () => {
  const html = await render("&lt;script&gt;alert('x')&lt;/script&gt; and &#60;img src=x onerror=alert(1)&#62;");
  const tree = fromHtml(html, { fragment: true });
  assert.deepEqual(problems(html), []);
  const text = elements(tree).flatMap((e) => e.children).filter((c) => c.type === 'text').map((c) => (c as { value: string }).value).join('');
  assert.match(text, /<script>alert\('x'\)<\/script>/, 'the reader sees the characters');
  assert.match(text, /<img src=x onerror=alert\(1\)>/);
});

test('markdown sanitization: look-alike domains stay as written, https/mailto/tel/anchors stay links', async () => {
  const html = await render('[www.first.org](https://www.fіrst.org/) [m](mailto:a@b.example) [t](tel:+33100000000) [anchor](#user-content-x)');
  assert.deepEqual(problems(html), []);
  const hrefs = elements(fromHtml(html, { fragment: true })).filter((e) => e.tagName === 'a').map((e) => String(e.properties.href));
  assert.deepEqual(hrefs.sort(), ['#user-content-x', 'https://www.f%D1%96rst.org/', 'mailto:a@b.example', 'tel:+33100000000']);
});

test('every hostile fixture body renders with nothing dangerous', async () => {
  for (const team of loadTeams(HOSTILE)) {
    const html = await render(team.body);
    assert.deepEqual(problems(html), [], team.slug);
    assert.doesNotMatch(html, /<script|="\s*(javascript|vbscript|data):/i, team.slug);
  }
});

test('markdown sanitization: relative links lose their href (a percent-encoded scheme is one)', async () => {
  const html = await render("[a](javascript%3Aalert(1)) [b](page.html) [c](/fr/) [d](#x)");
  const hrefs = elements(fromHtml(html, { fragment: true })).filter((e) => e.tagName === 'a').map((e) => e.properties.href);
  assert.deepEqual(hrefs.filter(Boolean), ['#x']);
});
