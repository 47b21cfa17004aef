/**
 * The daily pipeline (.github/workflows/daily.yml), checked offline: valid for
 * GitHub's workflow schema (@action-validator/core, the validator behind
 * @action-validator/cli), and in the order the issue asks: refresh keys, test,
 * build, then publish only from a job that needs the build to have passed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import YAML from 'yaml';
import { validateWorkflow } from '@action-validator/core';

const SOURCE = fs.readFileSync('.github/workflows/daily.yml', 'utf8');
type Step = { name?: string; uses?: string; run?: string; if?: string; id?: string; with?: Record<string, string> };
const workflow = YAML.parse(SOURCE) as { on: Record<string, unknown>; jobs: Record<string, { needs?: string; steps: Step[]; if?: string }> };

test('the workflow is valid for the GitHub Actions schema, and the validator catches a broken copy', () => {
  assert.deepEqual(validateWorkflow(SOURCE).errors, []);
  assert.notDeepEqual(validateWorkflow(SOURCE.replace('runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest')).errors, []);
});

test('it runs daily and by hand', () => {
  assert.ok(Array.isArray(workflow.on.schedule) && workflow.on.schedule.length === 1);
  assert.ok('workflow_dispatch' in workflow.on);
});

test('refresh, test, build, then the Pages artifact, in that order, none of them skippable', () => {
  const steps = workflow.jobs.build.steps;
  const at = (what: RegExp) => steps.findIndex((s) => what.test(`${s.run ?? ''} ${s.uses ?? ''}`));
  const order = [/apt-get install .*chromium/, /npm ci/, /npm run --silent keys:refresh/, /npm test/, /npm run build/, /actions\/upload-pages-artifact@/].map(at);
  assert.ok(order.every((i) => i >= 0), `missing step: ${order}`);
  assert.deepEqual([...order].sort((a, b) => a - b), order);
  assert.ok(steps.every((s) => !s.if), 'a step of the build job runs conditionally');
  assert.deepEqual(steps[at(/upload-pages-artifact/)].with, { path: 'site' }, 'the build writes the site to site/');
});

test('deploy-pages runs only after the build job passed', () => {
  const deploy = Object.values(workflow.jobs).find((j) => j.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
  assert.equal(deploy?.needs, 'build');
  assert.equal(deploy?.if, undefined);
  const step = deploy!.steps.find((s) => s.uses?.startsWith('actions/deploy-pages@'));
  assert.equal(step?.if, undefined);
});
