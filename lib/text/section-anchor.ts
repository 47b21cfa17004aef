/**
 * Provenance links ("§ 2.4"): from a section label of the profile (the team's
 * number, or its heading words when the team does not number) to the id the
 * rendered body gives that heading. The ids are the ones lib/text/markdown.ts
 * produces (rehype-slug's GitHub slugs, prefixed "user-content-" by
 * rehype-sanitize), computed here from the Markdown without rendering.
 */
import GithubSlugger from 'github-slugger';
import { bodyHeadings, headingKey, headingNumber, type Heading } from '../fidelity/headings';

/** The prefix rehype-sanitize puts before every id of the body, so it cannot clobber the page's own ids. */
export const BODY_ID_PREFIX = 'user-content-';

/** The heading a section label names: by number first, else by its words; null when none. */
export function findSectionHeading(headings: Heading[], label: string): Heading | null {
  const number = label.trim().replace(/\.$/, '');
  return headings.find((h) => headingNumber(h.text) === number) ?? headings.find((h) => headingKey(h.text) === headingKey(label)) ?? null;
}

/** The heading's text as the rendered page has it (links keep their text, emphasis and code marks go). */
const renderedText = (markdown: string) =>
  markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<([^>\s]+)>/g, '$1')
    .replace(/(\*\*|__|\*|_|`)/g, '');

/** The id of the body heading the label names (without "#"), or null when the body has no such heading. */
export function sectionAnchor(body: string, label: string): string | null {
  const headings = bodyHeadings(body);
  const target = findSectionHeading(headings, label);
  if (!target) return null;
  const slugger = new GithubSlugger();
  for (const h of headings) {
    const id = slugger.slug(renderedText(h.text));
    if (h === target) return `${BODY_ID_PREFIX}${id}`;
  }
  return null;
}
