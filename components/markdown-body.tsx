import { renderMarkdown, type EmptyNote } from '@/lib/text/markdown';

type Props = { markdown: string; lang: string; emptyNote: EmptyNote };

/** The only place profile-derived HTML enters a page: the sanitized output of lib/text/markdown. */
export async function MarkdownBody({ markdown, lang, emptyNote }: Props) {
  const html = await renderMarkdown(markdown, emptyNote);
  return <div className="rfc-body" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
