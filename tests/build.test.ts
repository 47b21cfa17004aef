import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const VALID = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/valid/teams/test-cert/profile.md'), 'utf8');

test('a bad profile stops the build with its file and field, and the published site is left untouched', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'csirt-build-'));
  const content = path.join(tmp, 'content');
  fs.mkdirSync(path.join(content, 'teams', 'bad-cert'), { recursive: true });
  fs.writeFileSync(path.join(content, 'teams', 'bad-cert', 'profile.md'), VALID.replace('cert@example.org', 'not-an-email'));
  const site = path.join(tmp, 'site');
  fs.mkdirSync(site);
  fs.writeFileSync(path.join(site, 'index.html'), 'previous site');

  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: content, SITE_DIR: site },
    encoding: 'utf8',
  });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /teams\/bad-cert\/profile\.md: emails\.0\.address: expected an e-mail address/);
  assert.match(result.stderr, /Nothing was published/);
  assert.equal(fs.readFileSync(path.join(site, 'index.html'), 'utf8'), 'previous site');
  assert.deepEqual(fs.readdirSync(site), ['index.html']);
  assert.ok(!fs.existsSync(path.resolve('out')), 'no half-written export is left behind');
});

test('when next build fails after writing part of the export, the partial export is removed and the site is left untouched', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'csirt-build-'));
  const content = path.join(tmp, 'content');
  fs.mkdirSync(path.join(content, 'teams', 'test-cert'), { recursive: true });
  fs.writeFileSync(path.join(content, 'teams', 'test-cert', 'profile.md'), VALID);
  const site = path.join(tmp, 'site');
  fs.mkdirSync(site);
  fs.writeFileSync(path.join(site, 'index.html'), 'previous site');
  // A stand-in for the Next CLI: writes half an export into out/, then fails.
  const fakeNext = path.join(tmp, 'fake-next.mjs');
  fs.writeFileSync(fakeNext, "import fs from 'node:fs';\nfs.mkdirSync('out/fr', { recursive: true });\nfs.writeFileSync('out/fr/index.html', 'half');\nprocess.exit(3);\n");

  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: content, SITE_DIR: site, NEXT_BIN: fakeNext, SITE_URL: 'https://csirt.example.org' },
    encoding: 'utf8',
  });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, /next build exited with 3/);
  assert.match(result.stderr, /Nothing was published/);
  assert.equal(fs.readFileSync(path.join(site, 'index.html'), 'utf8'), 'previous site');
  assert.ok(!fs.existsSync(path.resolve('out')), 'the half-written export is removed');
});
