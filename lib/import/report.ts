/**
 * The import report: one line per fact — found, inferred (a judgement a person
 * must check), missing, or looking wrong — so the maintainer finishing the
 * draft knows exactly what to verify against the document.
 */

export type FindingStatus = 'found' | 'inferred' | 'missing' | 'warning' | 'note';

export type Finding = {
  /** Profile field path ("emails", "pgp_keys.0.key_id") or a topic ("input", "sections"). */
  field: string;
  status: FindingStatus;
  /** The value put in the draft, shortened for display. */
  value?: string;
  /** Where it came from, or what is wrong. */
  detail?: string;
};

const LABEL: Record<FindingStatus, string> = { found: 'found', inferred: 'CHECK', missing: 'missing', warning: 'WRONG?', note: 'note' };

export class Report {
  readonly findings: Finding[] = [];

  add(field: string, status: FindingStatus, value?: string, detail?: string): void {
    this.findings.push({ field, status, value, detail });
  }
  found(field: string, value: string, detail?: string): void {
    this.add(field, 'found', value, detail);
  }
  inferred(field: string, value: string, detail: string): void {
    this.add(field, 'inferred', value, detail);
  }
  missing(field: string, detail?: string): void {
    this.add(field, 'missing', undefined, detail);
  }
  warn(field: string, detail: string, value?: string): void {
    this.add(field, 'warning', value, detail);
  }
  note(field: string, detail: string): void {
    this.add(field, 'note', undefined, detail);
  }

  byStatus(status: FindingStatus): Finding[] {
    return this.findings.filter((f) => f.status === status);
  }

  /** Top-level fields with something a person must look at, for comments in the draft. */
  fieldsToCheck(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const f of this.findings) {
      if (f.status !== 'inferred' && f.status !== 'warning') continue;
      const top = f.field.split('.')[0];
      out.set(top, [...(out.get(top) ?? []), f.detail ?? '']);
    }
    return out;
  }

  format(): string {
    const width = Math.min(28, Math.max(...this.findings.map((f) => f.field.length), 5));
    const short = (v: string) => (v.length > 90 ? `${v.slice(0, 87)}…` : v).replace(/\n/g, ' | ');
    return this.findings
      .map((f) => {
        const parts = [LABEL[f.status].padEnd(7), f.field.padEnd(width)];
        if (f.value !== undefined) parts.push(short(f.value));
        if (f.detail) parts.push(f.value !== undefined ? `(${f.detail})` : f.detail);
        return parts.join('  ').trimEnd();
      })
      .join('\n');
  }
}
