import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

// The shape the code keeps (docs/architecture.md): modules of one job, under 300 lines, and no import cycle in lib/.
const ROOT = path.join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    return e.isDirectory() ? sources(rel) : /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** The module file an import specifier names, when it is one of ours ('./x', '../x', '@/x'); null for packages. */
function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(path.join(ROOT, from)), spec) : null;
  if (!base) return null;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) if (fs.existsSync(candidate)) return path.relative(ROOT, candidate);
  return null;
}

const files = [...sources('lib'), ...sources('components')];

test('no module in lib/ or components/ is over 300 lines', () => {
  const long = files.filter((f) => fs.readFileSync(path.join(ROOT, f), 'utf8').split('\n').length > 300);
  assert.deepEqual(long, []);
});

test('no import cycle among lib/ modules (type imports count: a cycle is a cycle to the reader)', () => {
  const lib = files.filter((f) => f.startsWith('lib'));
  const graph = new Map(
    lib.map((f) => {
      const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
      const specs = [...text.matchAll(/(?:from|import)\s+'([^']+)'/g)].map((m) => m[1]);
      return [f, specs.map((s) => resolve(f, s)).filter((t): t is string => !!t && t.startsWith('lib'))];
    }),
  );
  const done = new Set<string>();
  const visit = (node: string, trail: string[]): void => {
    assert.ok(!trail.includes(node), `import cycle: ${[...trail.slice(trail.indexOf(node)), node].join(' -> ')}`);
    if (done.has(node)) return;
    for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
    done.add(node);
  };
  for (const node of graph.keys()) visit(node, []);
});

/** Our modules a file imports for their values (`import type` is erased and does not count). */
function valueImports(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm)].map((m) => m[1]);
  return specs.map((s) => resolve(file, s)).filter((t): t is string => !!t);
}
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const SERVER_ONLY = /^import 'server-only';$/m;
const USES_NODE = /^\s*import\s[^;]*?from\s+'(?:node:[a-z/]+|fs|path|os|child_process)'/m;

test('the browser / build split: a lib module that uses Node or a build-only module is marked server-only', () => {
  const lib = files.filter((f) => f.startsWith('lib') && f !== 'lib/server-only.node.ts');
  const marked = new Set(lib.filter((f) => SERVER_ONLY.test(read(f))));
  const unmarked = lib.filter((f) => !marked.has(f) && (USES_NODE.test(read(f)) || valueImports(f).some((t) => marked.has(t))));
  assert.deepEqual(unmarked, [], 'mark these with import \'server-only\' (or stop them using Node / build-only modules)');
});

test('the browser / build split: no client island reaches a build-only module, and no component reads files', () => {
  const islands = files.filter((f) => /^'use client';/m.test(read(f)));
  assert.ok(islands.length > 5, 'the islands are found');
  for (const island of islands) {
    const seen = new Set<string>();
    const walk = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      assert.ok(!SERVER_ONLY.test(read(f)), `${island} reaches ${f}, which is build-only`);
      assert.ok(!USES_NODE.test(read(f)), `${island} reaches ${f}, which uses Node`);
      valueImports(f).forEach(walk);
    };
    walk(island);
  }
  const readers = files.filter((f) => f.startsWith('components') && USES_NODE.test(read(f)));
  assert.deepEqual(readers, [], 'components render what page loaders give them: no file access');
});

test('no component reads a profile\u2019s hours, e-mails, phones or urgent subject: they read the contact model', () => {
  const direct = files.filter((f) => f.startsWith('components') && /\b(?:profile|p|team\.profile)\??\.(?:hours|emails|telephone|urgent_subject)\b/.test(read(f)));
  assert.deepEqual(direct, []);
});
