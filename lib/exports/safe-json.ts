/**
 * JSON for an inline `<script type="application/ld+json">`.
 *
 * Why: JSON.stringify leaves `<` as is, so a profile field holding
 * `</script><script>…` would end the script element and run the rest as
 * HTML. Writing `<`, `>` and `&` as \u escapes keeps the JSON identical to a
 * JSON parser while the HTML parser never sees a tag, a comment opener
 * (`<!--`) or an entity; U+2028 and U+2029 are escaped too, for the
 * JavaScript parsers older than ES2019 that treat them as line ends.
 *
 * Use: <script type="application/ld+json" dangerouslySetInnerHTML={{ __html:
 * safeJsonForScript(teamJsonLd(team, siteUrl, lang)) }} />
 */
import 'server-only';

const UNSAFE = /[<>&\u2028\u2029]/g;

/** The value as JSON with <, >, &, U+2028 and U+2029 written as \uXXXX. Throws if the value has no JSON form. */
export function safeJsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('safeJsonForScript: the value has no JSON representation');
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
