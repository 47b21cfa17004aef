/**
 * HTML input: the page is parsed as HTML (hast-util-from-html, the parse5
 * parser the site's Markdown pipeline already uses) and its text is laid out
 * as lines — one per block element, headings as Markdown headings, so the
 * section finder sees the team's headings as headings. Scripts, styles,
 * navigation, page headers, footers and forms are left out.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'form', 'button', 'select', 'svg', 'iframe', 'head', 'aside']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'tbody', 'thead', 'blockquote', 'pre', 'br', 'hr', 'address', 'figure', 'figcaption', 'body', 'td', 'th',
]);
const HEADING = /^h([1-6])$/;

/** True when the text looks like an HTML page rather than plain text or Markdown. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4000).toLowerCase();
  if (/<!doctype html|<html[\s>]/.test(head)) return true;
  return (text.match(/<\/(p|div|h[1-6]|li|td|section)>/gi) ?? []).length >= 5;
}

function walk(node: Nodes, out: string[], inPre: boolean): void {
  if (node.type === 'text') {
    out.push(inPre ? node.value : node.value.replace(/\s+/g, ' '));
    return;
  }
  if (node.type !== 'element' && node.type !== 'root') return;
  const el = node.type === 'element' ? (node as Element) : undefined;
  const tag = el?.tagName ?? '';
  if (SKIPPED.has(tag)) return;
  const heading = HEADING.exec(tag);
  if (heading) out.push(`\n\n${'#'.repeat(Number(heading[1]))} `);
  else if (BLOCKS.has(tag)) out.push('\n');
  if (tag === 'td' || tag === 'th') out.push(' ');
  for (const child of node.children) walk(child as Nodes, out, inPre || tag === 'pre');
  if (heading) out.push('\n\n');
  else if (BLOCKS.has(tag)) out.push('\n');
}

/** The page's text, one block per line, headings as "## Title". */
export function htmlToText(html: string): string {
  const tree = fromHtml(html);
  const out: string[] = [];
  walk(tree, out, false);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/g, '').replace(/^[ \t]+(?=#)/, ''))
    .join('\n')
    .replace(/^(#+ )\s+/gm, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
