import { describe, expect, it } from 'vitest';
import { exportUrl, fileNameFromDisposition } from './downloadExport';

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 name, so å/ä/ö survive', () => {
    const header = `attachment; filename="IOP-avtal _ Angby.pdf"; filename*=UTF-8''${encodeURIComponent('IOP-avtal – Ängby.pdf')}`;
    expect(fileNameFromDisposition(header, 'x.pdf')).toBe('IOP-avtal – Ängby.pdf');
  });

  it('falls back to the plain name, then to the fallback', () => {
    expect(fileNameFromDisposition('attachment; filename="plan.docx"', 'x')).toBe('plan.docx');
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A`, 'x.md')).toBe('x.md');
    expect(fileNameFromDisposition(null, 'dokument.pdf')).toBe('dokument.pdf');
  });
});

describe('exportUrl', () => {
  it('names format, language, numbering and an optional version', () => {
    expect(
      exportUrl({
        documentId: 'd/1',
        format: 'pdf',
        language: 'sv',
        numbered: true,
        versionId: 'v1',
      }),
    ).toBe('/api/documents/d%2F1/export?format=pdf&lang=sv&numbered=true&version=v1');
  });
});
