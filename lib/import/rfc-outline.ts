/**
 * Places the team's sections on the RFC 2350 outline for the body: a
 * recognised section takes its RFC 2350 number (the team's "2.5 Adresse
 * e-mail" becomes 2.7, its "6 Clause de non-responsabilité" becomes 7), the
 * subsections of sections 1–4 are put in RFC order, opening hours go under the
 * customer contact point, and free-form service subsections keep the team's
 * numbering under the new parent number. Every move is reported.
 */
import { entryByKey } from './outline';
import type { Outline, Section } from './sections';

type Node = { section: Section; children: Node[] };

const last = (number: string) => number.split('.').pop()!;

function tree(sections: Section[]): Node[] {
  const nodes = sections.map((section) => ({ section, children: [] as Node[] }));
  const roots: Node[] = [];
  nodes.forEach((node) => (node.section.parent >= 0 ? nodes[node.section.parent].children.push(node) : roots.push(node)));
  return roots;
}

type Placed = { section: Section; children: Placed[] };

/** A node and its descendants with their new number and level; children keep the last component of their number. */
function rebuild(node: Node, number: string, level: number, notes: string[], label?: string): Placed {
  const s = node.section;
  if (s.number !== number && s.label === undefined && label === undefined) notes.push(`"${s.title}": ${s.number} in the document, ${number} in the draft (RFC 2350 outline)`);
  return {
    section: { ...s, number, level, label: label ?? s.label },
    children: node.children.map((c) => rebuild(c, `${number}.${last(c.section.number)}`, level + 1, notes)),
  };
}

function flatten(placed: Placed[], parent: number, out: Section[]): Section[] {
  for (const p of placed) {
    out.push({ ...p.section, parent });
    flatten(p.children, out.length - 1, out);
  }
  return out;
}

/** The subsections of a top-level section with their draft numbers (sections 1–4 follow RFC 2350). */
function placeChildren(top: Node, topNumber: string, notes: string[]): Placed[] {
  const canonicalParent = top.section.key ? entryByKey(top.section.key).number : null;
  if (!['1', '2', '3', '4'].includes(canonicalParent ?? '')) {
    return top.children.map((node) => rebuild(node, `${topNumber}.${last(node.section.number)}`, 2, notes));
  }
  const taken = new Set<string>();
  const known: { node: Node; n: number }[] = [];
  const unknown: Node[] = [];
  const hours: Node[] = [];
  const contactPoint = top.children.find((c) => c.section.key === 'points-of-contact');
  for (const node of top.children) {
    const entry = node.section.key ? entryByKey(node.section.key) : undefined;
    if (entry?.number && entry.parent === canonicalParent && !taken.has(entry.number)) {
      taken.add(entry.number);
      known.push({ node, n: Number(last(entry.number)) });
    } else if (node.section.key === 'hours' && contactPoint) {
      hours.push(node);
      notes.push(`"${node.section.title}": placed under "${contactPoint.section.title}" (RFC 2350 has no section for it)`);
    } else unknown.push(node);
  }
  known.sort((a, b) => a.n - b.n);
  let next = Math.max(0, ...known.map((k) => k.n)) + 1;
  const placed = [...known.map((k) => ({ node: k.node, n: k.n })), ...unknown.map((node) => ({ node, n: next++ }))].map(({ node, n }) => ({
    node,
    placed: rebuild(node, `${topNumber}.${n}`, 2, notes),
  }));
  const contact = placed.find((p) => p.node === contactPoint);
  for (const h of hours) contact!.placed.children.push(rebuild(h, `${contact!.placed.section.number}.0`, 3, notes, ''));
  return placed.map((p) => p.placed);
}

export function mapToRfc2350(outline: Outline): { sections: Section[]; notes: string[] } {
  const notes: string[] = [];
  const roots = tree(outline.sections);
  const canonicalOf = (n: Node) => (n.section.key ? entryByKey(n.section.key).number : null);
  const reserved = new Set(roots.map(canonicalOf).filter((n): n is string => Boolean(n)));
  const usedTop = new Set<string>();
  const placed: Placed[] = [];
  for (const root of roots) {
    const canonical = canonicalOf(root);
    let number = canonical && !usedTop.has(canonical) ? canonical : !reserved.has(root.section.number) && !usedTop.has(root.section.number) ? root.section.number : '';
    if (!number) number = String(Math.max(0, ...[...usedTop, ...reserved].map(Number)) + 1);
    usedTop.add(number);
    if (number !== root.section.number) notes.push(`"${root.section.title}": ${root.section.number} in the document, ${number} in the draft (RFC 2350 outline)`);
    placed.push({ section: { ...root.section, number, level: 1 }, children: placeChildren(root, number, notes) });
  }
  return { sections: flatten(placed, -1, []), notes };
}
