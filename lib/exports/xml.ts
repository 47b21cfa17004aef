/**
 * XML escaping for the Atom feed and the sitemap.
 *
 * Why: profile text is untrusted and lands in XML. Escaping the five markup
 * characters keeps it text, and dropping the characters XML 1.0 cannot hold
 * at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) keeps the file
 * well-formed, since one such character makes a strict parser reject the
 * whole feed.
 */
import 'server-only';

// Not allowed in XML 1.0 documents (Char production), as a regex over UTF-16.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute value, escaped; safe inside elements and in "…" or '…' attributes. */
export function xmlEscape(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** `name="value"` pairs, escaped, skipping undefined values; leading space included. */
export function xmlAttrs(attrs: Record<string, string | undefined>): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlEscape(value)}"`)
    .join('');
}

/** `<name attrs>text</name>` with the text escaped. */
export function xmlElement(name: string, text: string, attrs: Record<string, string | undefined> = {}): string {
  return `<${name}${xmlAttrs(attrs)}>${xmlEscape(text)}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
