/**
 * Fetches an export from GET /api/documents/:id/export and hands it to the
 * browser as a download (an object URL on a temporary link), named as the
 * server named it (the UTF-8 `filename*`, so å/ä/ö survive).
 */
import { ApiError } from '../../../lib/apiClient';

export const exportFormats = ['pdf', 'docx', 'md'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportRequest {
  documentId: string;
  format: ExportFormat;
  language: 'sv' | 'en';
  /** Clause numbers as the reader sees them in the editor. */
  numbered: boolean;
  versionId?: string;
  signal?: AbortSignal;
}

export function exportUrl(request: Omit<ExportRequest, 'signal'>): string {
  const query = new URLSearchParams({
    format: request.format,
    lang: request.language,
    numbered: String(request.numbered),
  });
  if (request.versionId) query.set('version', request.versionId);
  return `/api/documents/${encodeURIComponent(request.documentId)}/export?${query.toString()}`;
}

/** The file name from Content-Disposition: filename* (RFC 5987) first, then filename. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed encoding: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header) ?? /filename\s*=\s*([^;]+)/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/** Downloads the export; resolves with the file name once the browser has it. */
export async function downloadExport(request: ExportRequest): Promise<string> {
  let response: Response;
  try {
    response = await fetch(exportUrl(request), {
      credentials: 'same-origin',
      signal: request.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'network unreachable');
  }
  if (!response.ok) {
    throw new ApiError(response.status, `http_${response.status}`, response.statusText);
  }
  const blob = await response.blob();
  const name = fileNameFromDisposition(
    response.headers.get('content-disposition'),
    `dokument.${request.format}`,
  );
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has handed the blob to the download.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return name;
}
