// Download names: å/ä/ö kept in filename* (RFC 5987), an ASCII fallback, and
// nothing that could break the header or a path.
import { describe, expect, it } from 'vitest';
import { attachmentDisposition, safeFileName } from './contentDisposition.js';

describe('attachmentDisposition', () => {
  it('keeps å/ä/ö in filename* and folds them in the ASCII filename', () => {
    expect(attachmentDisposition('Överenskommelse för Ängby.pdf')).toBe(
      `attachment; filename="Overenskommelse for Angby.pdf"; filename*=UTF-8''%C3%96verenskommelse%20f%C3%B6r%20%C3%84ngby.pdf`,
    );
  });

  it('percent-encodes the characters RFC 5987 does not allow bare', () => {
    expect(attachmentDisposition("Plan (utkast) 'A'.md")).toContain(
      "filename*=UTF-8''Plan%20%28utkast%29%20%27A%27.md",
    );
  });

  it('drops quotes, separators and control characters', () => {
    const header = attachmentDisposition('../"hemlig"\r\nX-Injected: 1/\\plan.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).not.toContain('/');
    expect(header.split('filename="')[1]!.split('"')[0]).not.toContain('"');
  });
});

describe('safeFileName', () => {
  it('falls back for a name with nothing left, shortens long names keeping the extension', () => {
    expect(safeFileName('///')).toBe('dokument');
    const long = safeFileName(`${'å'.repeat(300)}.docx`);
    expect([...long]).toHaveLength(120);
    expect(long.endsWith('.docx')).toBe(true);
  });
});
