/** Small helpers the build and the measuring scripts share about a built site. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Every .html file under dir, as paths relative to it. A plain walk: Node 20's
 * recursive readdirSync failed on the 10,000-team export (ENOENT on a folder
 * it had just listed).
 */
export function htmlFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) return htmlFiles(dir, rel);
    return entry.name.endsWith('.html') ? [rel] : [];
  });
}

/**
 * Starts `scripts/serve.ts` on siteDir and resolves once it answers; throws after 10 s,
 * or at once when something already answers on the port (a server left over would
 * otherwise be measured instead of this site).
 */
export async function serveSite(siteDir: string, port: number): Promise<ChildProcess> {
  const busy = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
  if (busy) throw new Error(`port ${port} is already answering: stop what serves there first`);
  const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
  const child = spawn(process.execPath, [tsx, 'scripts/serve.ts'], { env: { ...process.env, SITE_DIR: siteDir, PORT: String(port) }, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`the server for ${siteDir} did not start on port ${port}`);
}
