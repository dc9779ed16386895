/**
 * Content-Disposition for a download whose name may hold å, ä, ö: an ASCII
 * `filename` for old clients and the exact UTF-8 name in `filename*`
 * (RFC 6266 with RFC 5987 encoding). Path separators, quotes and control
 * characters never reach the header.
 */
const ASCII_FOLDS: Record<string, string> = {
  å: 'a',
  ä: 'a',
  ö: 'o',
  Å: 'A',
  Ä: 'A',
  Ö: 'O',
  é: 'e',
  É: 'E',
  ü: 'u',
  Ü: 'U',
};

/** The name without characters a file system or header would choke on, at most 120 characters. */
export function safeFileName(name: string, fallback = 'dokument'): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\\/:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (cleaned === '') return fallback;
  const chars = [...cleaned];
  if (chars.length <= 120) return cleaned;
  // Keep the extension when shortening.
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : '';
  return (
    [...cleaned.slice(0, cleaned.length - extension.length)]
      .slice(0, 120 - extension.length)
      .join('')
      .trim() + extension
  );
}

function asciiFallback(name: string): string {
  return [...name]
    .map((char) => ASCII_FOLDS[char] ?? char)
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/[%\\"]/g, '_');
}

/** RFC 5987 attr-chars stay, everything else is percent-encoded UTF-8. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function attachmentDisposition(name: string): string {
  const safe = safeFileName(name);
  return `attachment; filename="${asciiFallback(safe)}"; filename*=UTF-8''${encodeRfc5987(safe)}`;
}
