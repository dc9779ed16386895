// Evidence links typed as lines "label | https://…" (or just the address). Document-section
// evidence already recorded is kept as it was.
import type { LegalTestEvidence } from '@samverka/shared';

export function evidenceLines(evidence: readonly LegalTestEvidence[]): string {
  return evidence
    .filter((item) => item.kind === 'url')
    .map((item) => (item.label ? `${item.label} | ${item.url}` : item.url))
    .join('\n');
}

export type ParsedEvidence =
  { ok: true; evidence: LegalTestEvidence[] } | { ok: false; line: number };

export function parseEvidenceLines(text: string): ParsedEvidence {
  const evidence: LegalTestEvidence[] = [];
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const bar = line.lastIndexOf('|');
    const label = bar >= 0 ? line.slice(0, bar).trim() : '';
    const url = (bar >= 0 ? line.slice(bar + 1) : line).trim();
    if (!/^https?:\/\/\S+$/.test(url) || url.length > 2000 || label.length > 300)
      return { ok: false, line: index + 1 };
    evidence.push({ kind: 'url', url, label });
  }
  return { ok: true, evidence };
}
