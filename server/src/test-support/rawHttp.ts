/**
 * A plain HTTP request that returns the bytes exactly as sent (fetch would
 * decompress them and hide Content-Encoding/Content-Length mismatches).
 */
import http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';

export interface RawHttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export function rawHttp(
  url: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawHttpResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers ?? {} },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}
