import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import * as openpgp from 'openpgp';

// The fixture team's key is held by the directory; its secret key (test only) lets the test read what the page encrypted.
const SECRET = fs.readFileSync('e2e/fixtures/secret/test-signed-team.secret.asc', 'utf8');

test('encrypt for the team: openpgp.js loads only on the click, no other request is made, and the team’s key decrypts the mail body', async ({ page }) => {
  const requests: string[] = [];
  await page.goto('/en/teams/test-signed-team/');
  page.on('request', (r) => requests.push(r.url()));
  const report = page.getByTestId('report');
  await report.getByRole('textbox').first().fill('Ransomware on the file server since 02:00');
  await report.getByRole('textbox').nth(4).fill('Alice, +33 6 00 00 00 00');
  expect(requests, 'typing makes no request').toEqual([]);
  await report.getByTestId('report-encrypt').click();
  await expect(report.getByTestId('report-status')).toContainText('Encrypted to key');
  // The only requests: the code of openpgp.js and of the encryption step, from our own origin; nothing carries the text.
  for (const url of requests) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_next\/static\/chunks\/[^?]+\.js$/);
  expect(requests.length).toBeGreaterThan(0);
  const key = await openpgp.readPrivateKey({ armoredKey: SECRET });
  await expect(report.getByTestId('report-status')).toContainText(key.getFingerprint().toUpperCase().slice(0, 4));
  await expect(report.getByTestId('report-preview')).toContainText('-----BEGIN PGP MESSAGE-----');
  const href = (await report.getByTestId('report-send').getAttribute('href'))!;
  const armored = decodeURIComponent(href.slice(href.indexOf('&body=') + 6)).replace(/\r\n/g, '\n');
  const { data } = await openpgp.decrypt({ message: await openpgp.readMessage({ armoredMessage: armored }), decryptionKeys: key });
  expect(data).toContain('Ransomware on the file server since 02:00');
  expect(data).toContain('Alice, +33 6 00 00 00 00');
  // Editing again drops the encrypted text: what is sent always matches what is typed.
  await report.getByRole('textbox').first().fill('Changed');
  await expect(report.getByTestId('report-preview')).not.toContainText('BEGIN PGP MESSAGE');
});
