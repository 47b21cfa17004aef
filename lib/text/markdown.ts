/**
 * The one path from a profile's Markdown body to HTML.
 *
 * Profile bodies are untrusted text. Raw HTML in the Markdown is dropped by
 * remark-rehype (allowDangerousHtml is off), and rehype-sanitize then keeps
 * only a small allow-list of elements, attributes and link protocols, so no
 * script, event handler, style, iframe or javascript:/data: link survives.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root, Element, ElementContent } from 'hast';

const schema: SanitizeSchema = {
  ...defaultSchema,
  // No images: a profile must not make a reader's browser fetch another origin.
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['img', 'input', 'picture', 'source'].includes(tag)),
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  attributes: {
    ...defaultSchema.attributes,
    a: ['href', 'title'],
  },
};

const isHeading = (node: ElementContent | undefined): node is Element =>
  !!node && node.type === 'element' && /^h[1-6]$/.test(node.tagName);

/**
 * Marks sections the team left empty (a heading followed directly by a heading
 * of the same or a higher level), in the reader's language, and makes external
 * links open safely without leaking the page address.
 */
function annotate(note: EmptyNote) {
  return (tree: Root) => {
    const children = tree.children.filter((n) => !(n.type === 'text' && !n.value.trim())) as ElementContent[];
    const out: ElementContent[] = [];
    children.forEach((node, i) => {
      out.push(node);
      if (!isHeading(node)) return;
      const next = children[i + 1];
      const level = Number(node.tagName[1]);
      if (!next || (isHeading(next) && Number(next.tagName[1]) <= level)) {
        out.push({ type: 'element', tagName: 'p', properties: { className: ['empty-section'], lang: note.lang }, children: [{ type: 'text', value: note.text }] });
      }
    });
    tree.children = out;
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        // The body sits under the page's own h2, so its h2 sections become h3 and so on.
        if (isHeading(child)) child.tagName = `h${Math.min(6, Number(child.tagName[1]) + 1)}`;
        if (child.tagName === 'a' && /^https?:/i.test(String(child.properties.href ?? ''))) {
          child.properties.rel = ['noopener', 'noreferrer', 'nofollow', 'external'];
        } else if (child.tagName === 'a' && child.properties.href !== undefined && !/^(mailto:|tel:|#)/i.test(String(child.properties.href))) {
          // A relative link ("javascript%3Aalert(1)", "page.html") would point into this site: not the team's to make.
          delete child.properties.href;
        }
        visit(child);
      }
    };
    visit(tree);
  };
}

/** Our own note under a section the team left empty, in the reader's language. */
export type EmptyNote = { text: string; lang: string };

/** Nodes that nest: lists, block quotes, footnotes, emphasis, links. A list item counts with its list. */
const NESTING = new Set(['list', 'blockquote', 'footnoteDefinition', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * How deeply the body's lists, block quotes, footnotes, emphasis and links
 * nest, and the (body) line of the deepest point, parsed exactly as
 * renderMarkdown parses it. The tree is walked without recursion. The loader
 * refuses a body over its limit, so rendering never meets one. The parser
 * itself may throw a RangeError on absurd input; the loader runs cheap
 * estimates first so that it does not get there.
 */
export function deepestNesting(markdown: string): { depth: number; line: number } {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  type Node = { type: string; children?: Node[]; position?: { start: { line: number } } };
  let deepest = { depth: 0, line: 1 };
  const stack: { node: Node; depth: number }[] = [{ node: tree as Node, depth: 0 }];
  while (stack.length) {
    const { node, depth: above } = stack.pop()!;
    const depth = above + (NESTING.has(node.type) ? 1 : 0);
    if (depth > deepest.depth) deepest = { depth, line: node.position?.start.line ?? 1 };
    for (const child of node.children ?? []) stack.push({ node: child, depth });
  }
  return deepest;
}

/** Renders an untrusted Markdown body to sanitized HTML. */
export async function renderMarkdown(markdown: string, emptyNote: EmptyNote): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(rehypeSanitize, schema)
    .use(annotate, emptyNote)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}
