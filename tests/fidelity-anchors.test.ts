import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadTeams } from '@/lib/profile/load';
import { renderMarkdown } from '@/lib/text/markdown';
import { sectionAnchor } from '@/lib/text/section-anchor';
import { sectionRefs } from '@/lib/fidelity/claims';

test('every section a real profile cites is a heading id of its rendered body (none is linked where the body is withheld)', async () => {
  const teams = loadTeams(path.resolve('content'));
  for (const team of teams.filter((t) => t.withheldBody !== undefined)) {
    assert.equal(team.body, '', `${team.slug}: its body is not published`);
    for (const { value } of sectionRefs(team.profile)) assert.equal(sectionAnchor(team.body, value), null, `${team.slug}: no link to a section that is not on the page`);
  }
  const shown = teams.filter((t) => t.withheldBody === undefined);
  assert.ok(shown.length >= 4);
  for (const team of shown) {
    const html = await renderMarkdown(team.body, { text: 'empty', lang: 'en' });
    const refs = sectionRefs(team.profile);
    assert.ok(refs.length >= 5, `${team.slug} cites its sections`);
    for (const { field, value } of refs) {
      const id = sectionAnchor(team.body, value);
      assert.ok(id, `${team.slug} ${field}: "${value}" names no heading`);
      assert.ok(html.includes(`id="${id}"`), `${team.slug} ${field}: id ${id} not in the rendered body`);
    }
  }
});

test('a label finds its heading by number, else by words; repeated headings get GitHub suffixes', async () => {
  const body = '## 1. About\n\n### 1.1. Date\n\n## Contact\n\n### Contact\n\ntext\n';
  assert.equal(sectionAnchor(body, '1.1'), 'user-content-11-date');
  assert.equal(sectionAnchor(body, '1.1.'), 'user-content-11-date');
  assert.equal(sectionAnchor(body, 'CONTACT'), 'user-content-contact');
  assert.equal(sectionAnchor(body, '2.4'), null);
  const html = await renderMarkdown(body, { text: 'empty', lang: 'en' });
  assert.match(html, /id="user-content-contact-1"/, 'the second "Contact" is contact-1');
});
