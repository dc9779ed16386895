import { describe, expect, it } from 'vitest';

import { ApiError } from './apiClient';
import { blockingError } from './queryErrors';

const network = new ApiError(0, 'network', 'network unreachable');
const unavailable = new ApiError(503, 'unavailable', 'restarting');
const forbidden = new ApiError(403, 'forbidden', 'no');
const signedOut = new ApiError(401, 'unauthenticated', 'no');

describe('blockingError', () => {
  it('is null without an error', () => {
    expect(blockingError({ error: null, data: undefined })).toBeNull();
    expect(blockingError({ error: null, data: { a: 1 } })).toBeNull();
  });

  it('keeps loaded data on screen when the server cannot be reached or fails', () => {
    expect(blockingError({ error: network, data: { a: 1 } })).toBeNull();
    expect(blockingError({ error: unavailable, data: { a: 1 } })).toBeNull();
  });

  it('shows a failed first load, whatever its kind', () => {
    expect(blockingError({ error: network, data: undefined })).toBe(network);
    expect(blockingError({ error: unavailable, data: undefined })).toBe(unavailable);
  });

  it('always shows an authoritative answer, even over loaded data', () => {
    expect(blockingError({ error: forbidden, data: { a: 1 } })).toBe(forbidden);
    expect(blockingError({ error: signedOut, data: { a: 1 } })).toBe(signedOut);
  });
});
