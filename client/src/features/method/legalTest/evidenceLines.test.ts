import { describe, expect, it } from 'vitest';

import { evidenceLines, parseEvidenceLines } from './evidenceLines';

describe('evidence lines', () => {
  it('reads "label | address" lines and bare addresses, skipping blank lines', () => {
    expect(
      parseEvidenceLines('Stadgar | https://example.se/stadgar.pdf\n\nhttps://example.se/plan'),
    ).toEqual({
      ok: true,
      evidence: [
        { kind: 'url', url: 'https://example.se/stadgar.pdf', label: 'Stadgar' },
        { kind: 'url', url: 'https://example.se/plan', label: '' },
      ],
    });
  });

  it('names the first line that is not a web address', () => {
    expect(parseEvidenceLines('https://example.se\nStadgar | ftp://x')).toEqual({
      ok: false,
      line: 2,
    });
    expect(parseEvidenceLines('javascript:alert(1)')).toEqual({ ok: false, line: 1 });
  });

  it('writes recorded web evidence back as lines', () => {
    expect(
      evidenceLines([
        { kind: 'url', url: 'https://example.se/a', label: 'A' },
        { kind: 'section', documentId: 'd1', sectionId: 's1', label: 'Avsnitt' },
        { kind: 'url', url: 'https://example.se/b', label: '' },
      ]),
    ).toBe('A | https://example.se/a\nhttps://example.se/b');
  });
});
