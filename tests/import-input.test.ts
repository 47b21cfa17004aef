/**
 * Inputs of `npm run import`: bad input is one line on stderr, exit code 2
 * and nothing written; HTML is read as HTML; a folder gives one table; a
 * flattened text gets its headings back.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { htmlToText, looksLikeHtml } from '../lib/import/html';
import { splitSections } from '../lib/import/sections';
import { restoreLineBreaks } from '../lib/import/inline-sections';
import { countryOfDomain } from '../lib/import/countries';
import { findFingerprints } from '../lib/import/keys';
import { extractProfile } from '../lib/import/extract';

const ROOT = path.join(import.meta.dirname, '..');
const CORPUS = path.join(ROOT, 'tests', 'fixtures', 'import-corpus');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'import-input-'));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/import.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('bad input: binary, 50 MB, a PDF that fails to parse, HTML that is not RFC 2350, an empty file — one line each, exit 2, nothing written', () => {
  const dir = tmp();
  const out = path.join(dir, 'out');
  const cases: [string, string | Buffer | null, RegExp][] = [
    ['binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0, 0, 3]), /binary data/],
    ['huge.txt', null, /50 MB; an RFC 2350 document is far smaller/],
    ['broken.pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage', /cannot extract text from the PDF/],
    ['page.html', '<!doctype html><html><body><nav>Home</nav><h1>Our shop</h1><p>Shoes and hats.</p><script>x()</script></body></html>', /does not look like an RFC 2350 document: 0 of the outline's sections/],
    ['empty.txt', '', /is empty/],
  ];
  for (const [name, content, message] of cases) {
    const file = path.join(dir, name);
    if (content === null) {
      fs.writeFileSync(file, 'RFC 2350\n');
      fs.truncateSync(file, 50 * 1024 * 1024);
    } else fs.writeFileSync(file, content);
    const r = cli(file, '--out', out);
    assert.equal(r.status, 2, `${name}: ${r.stderr}`);
    assert.equal(r.stderr.trim().split('\n').length, 1, `${name}: one line, got ${JSON.stringify(r.stderr)}`);
    assert.match(r.stderr, message, name);
    assert.equal(r.stdout, '', name);
    assert.equal(fs.existsSync(out), false, `${name}: nothing written`);
  }
});

test('a folder: every document imported, drafts written, one summary table with the unreadable ones named', () => {
  const dir = tmp();
  const out = path.join(dir, 'out');
  const docs = path.join(dir, 'docs');
  fs.mkdirSync(docs);
  fs.copyFileSync(path.join(CORPUS, 'en-csirt-ca-txt', 'rfc2350.txt'), path.join(docs, 'csirt-ca.txt'));
  fs.copyFileSync(path.join(CORPUS, 'id-jakartaprov-2025-html', 'rfc2350.blade.php'), path.join(docs, 'jakarta.html'));
  fs.writeFileSync(path.join(docs, 'empty.txt'), '');
  const r = cli(docs, '--out', out);
  assert.equal(r.status, 1, r.stderr);
  const rows = r.stdout.split('\n').filter((l) => /^\| (csirt-ca|jakarta|empty)/.test(l));
  assert.equal(rows.length, 3, r.stdout);
  assert.match(r.stdout, /\| empty\.txt \| +\| unreadable \|.*is empty/);
  assert.match(r.stdout, /\| jakarta\.html \| jakartaprov-csirt \| (valid|invalid) \| \d+ found/);
  assert.ok(fs.existsSync(path.join(out, 'jakartaprov-csirt', 'profile.md')));
  assert.equal(cli(docs, '--slug', 'x').status, 2, '--slug names one document');
});

test('HTML: headings kept as headings; scripts, styles and navigation left out; plain text and Markdown are not HTML', () => {
  const html = '<html><head><style>p{}</style></head><body><nav><a>2.3 Time Zone</a></nav><h2>2.3. Zona Waktu</h2><p>Jakarta<br>(GMT+07:00)</p><script>var t = "secret";</script><pre>  Bits : 4096\n  ID : 0x1</pre></body></html>';
  const text = htmlToText(html);
  assert.match(text, /^## 2\.3\. Zona Waktu$/m);
  assert.match(text, /^Jakarta\n+\(GMT\+07:00\)$/m);
  assert.match(text, / {2}Bits : 4096\n {2}ID : 0x1/, 'pre keeps its lines');
  assert.doesNotMatch(text, /secret|Time Zone|p\{\}/);
  assert.equal(looksLikeHtml(html), true);
  assert.equal(looksLikeHtml('## 2.3 Time Zone\n\nEurope/Paris, see <https://example.org>'), false);
});

test('lost line breaks: inline RFC 2350 headings go back on their own lines; ordinary long prose is left alone', () => {
  const flat = 'Intro text. 2. Contact Information 2.1 Name of the Team The CSIRT is named X. 2.2 Address PO Box 1 Town 2.3 Time Zone South African Standard Time (UTC+02:00). 2.4 Telephone Number +27 10 500 1200 (Secretariat) 2.7 Electronic Mail Address x@example.za '.repeat(4);
  const restored = restoreLineBreaks(flat);
  assert.ok(restored.count >= 5);
  assert.match(restored.text, /\n2\.3 Time Zone\nSouth African Standard Time/);
  assert.match(restored.text, /\n2\.4 Telephone Number\n\+27 10 500 1200/);
  assert.match(restored.text, /\n\n2\.3 Time Zone\n/, 'a blank line before a restored heading: it stands alone');
  const italian = 'Profilo RFC 2350 1 Informazioni sul Documento Il presente documento descrive il CERT. 1.1 Versione Versione 1.1 del 22 gennaio 2018. 2 Contatti 2.1 Nome CERT-X 2.2 Indirizzo Via Roma 1 00187 Roma Italia 2.3 Fuso Orario Europa Centrale (GMT+0100 e GMT+0200) 2.4 Telefono Non pubblico. 2.6 Email cert@example.it '.repeat(3);
  const sections = splitSections(restoreLineBreaks(italian).text).sections.slice(0, 7).map((s) => `${s.printed}:${s.key}`);
  assert.deepEqual(sections, ['1:document', '1.1:last-update', '2:contact', '2.1:name', '2.2:address', '2.3:timezone', '2.4:phone']);
  const prose = 'The team was founded in 2009 and grew. '.repeat(30);
  assert.deepEqual(restoreLineBreaks(prose), { text: prose, count: 0 });
});

test('ccTLD: a country domain gives its country, generic and sold-as-generic ones none', () => {
  assert.equal(countryOfDomain('pkp.go.id'), 'ID');
  assert.equal(countryOfDomain('ncsc.gov.uk'), 'GB');
  assert.equal(countryOfDomain('csirt-ca.org'), undefined);
  assert.equal(countryOfDomain('example.io'), undefined);
});

test('fingerprints in every printed form: grouped, solid, lowercase, colon pairs, 0x, wrapped at a line end', () => {
  const want = 'AEFE65ACDC9047CA1AD626A32ED0E1B8C6D805FC';
  for (const form of [
    'Fingerprint: AEFE 65AC DC90 47CA 1AD6  26A3 2ED0 E1B8 C6D8 05FC',
    'fingerprint = aefe65acdc9047ca1ad626a32ed0e1b8c6d805fc',
    'Key fingerprint: AE:FE:65:AC:DC:90:47:CA:1A:D6:26:A3:2E:D0:E1:B8:C6:D8:05:FC',
    'Fingerprint: 0xAEFE65ACDC9047CA1AD626A32ED0E1B8C6D805FC',
    'Key Fingerprint : AEFE 65AC DC90 47CA 1AD6 26A3 2ED0 E1B8 C6D8\n05FC',
  ]) {
    assert.deepEqual(findFingerprints(form).map((f) => f.fingerprint), [want], form);
  }
  assert.deepEqual(findFingerprints('Key ID: 2ED0E1B8C6D805FC\nBits: 4096'), [], 'a key ID is not a fingerprint');
});

test('HTML: only the marked headings are headings, so a paragraph that opens with a heading word stays text; a repeated top-level title takes its number', () => {
  const page = ['1. Informasi Mengenai Dokumen', '1.1. Tanggal Update Terakhir', '2. Informasi Data/Kontak', '2.7. Alamat Surat Elektronik', '3. Informasi Mengenai Dokumen', '3.3. Konstituen']
    .map((h) => `<h${h.split('.').length === 2 ? 3 : 4}>${h}</h${h.split('.').length === 2 ? 3 : 4}><p>${h.startsWith('3.3') ? 'Konstituen TIM-CSIRT meliputi seluruh kantor cabang' : 'csirt@example.go.id'}</p>`)
    .join('');
  const r = extractProfile(htmlToText(`<html><body>${page}</body></html>`), { html: true });
  const constituency = r.outline.sections.find((s) => s.key === 'constituency');
  assert.equal(constituency?.printed, '3.3');
  assert.equal(constituency?.text, 'Konstituen TIM-CSIRT meliputi seluruh kantor cabang');
  assert.equal(r.outline.sections.find((s) => s.printed === '3')?.key, 'charter');
});
