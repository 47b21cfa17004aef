import { sectionAnchor } from '@/lib/text/section-anchor';

/**
 * "§ 2.4": a link from a fact on the contact card to the section of the team's
 * own text, on the same page, that states it. Nothing when the profile names
 * no section or the body has no such heading.
 */
export function SectionLink({ section, body, label }: { section?: string; body: string; label: string }) {
  if (!section) return null;
  const id = sectionAnchor(body, section);
  if (!id) return null;
  return (
    <a href={`#${id}`} className="ml-1 inline-block min-h-6 text-sm text-gray-700 underline dark:text-gray-300" aria-label={`${label} ${section}`} data-testid="section-link">
      § {section}
    </a>
  );
}
