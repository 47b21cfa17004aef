/**
 * Reading the built site's static HTML in node tests (tests/static-html/*.test.ts,
 * run by scripts/e2e.ts once the sites are built): what a page says without
 * any script, with no browser needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { elements, text } from '../fixtures/hast';

const SITE = path.resolve(process.env.SITE_DIR || 'site');

export type Page = { root: Root; byTestId: (id: string, within?: Element) => Element[]; byId: (id: string) => Element | undefined };

export { elements, text };

/** A page of the built site by its path ("/fr/teams/x/"). */
export function page(urlPath: string): Page {
  const root = fromHtml(fs.readFileSync(path.join(SITE, urlPath, 'index.html'), 'utf8'));
  const all = elements(root);
  return {
    root,
    byTestId: (id, within) => (within ? elements(within) : all).filter((e) => e.properties.dataTestid === id),
    byId: (id) => all.find((e) => e.properties.id === id),
  };
}

export const siteBuilt = () => fs.existsSync(path.join(SITE, 'index.html'));
