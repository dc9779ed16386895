/**
 * The hash an approval is bound to (shared/src/domain/approval.ts): sha256
 * of canonical text (sectionText/plainText of the shared editor schema), so
 * formatting changes keep the hash and changed words do not.
 */
import { createHash } from 'node:crypto';
import type { ContentHash } from '@samverka/shared';

export function contentHash(canonicalText: string): ContentHash {
  return createHash('sha256').update(canonicalText, 'utf8').digest('hex');
}
