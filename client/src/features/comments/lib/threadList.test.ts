import type { Comment, ThreadView } from '@samverka/shared';
import { describe, expect, it } from 'vitest';

import { inScope, isDetached, openCountsBySection, orderThreads } from './threadList';

const position = { type: null, tname: 'default', item: null, assoc: 0 };

function comment(over: Partial<Comment>): Comment {
  return {
    id: 'c',
    threadId: 't',
    documentId: 'd',
    workspaceId: 'w',
    body: 'text',
    mentions: [],
    authorId: 'u1',
    organisationId: 'o1',
    createdAt: '2026-05-01T10:00:00.000Z',
    editedAt: null,
    deletedAt: null,
    ...over,
  };
}

function thread(id: string, over: Partial<ThreadView> = {}): ThreadView {
  return {
    id,
    documentId: 'd',
    workspaceId: 'w',
    anchor: { from: position, to: position, quote: 'q', sectionId: 's1' },
    status: 'open',
    createdBy: 'u1',
    createdAt: '2026-05-01T10:00:00.000Z',
    resolvedBy: null,
    resolvedAt: null,
    comments: [comment({})],
    detached: false,
    ...over,
  };
}

const viewer = { userId: 'me', organisationId: 'my-org' };

describe('inScope', () => {
  it('finds threads that mention me or my organisation, not in deleted comments', () => {
    const me = thread('a', { comments: [comment({ mentions: [{ kind: 'person', id: 'me' }] })] });
    const org = thread('b', {
      comments: [comment({ mentions: [{ kind: 'organisation', id: 'my-org' }] })],
    });
    const deleted = thread('c', {
      comments: [
        comment({ mentions: [{ kind: 'person', id: 'me' }], deletedAt: '2026-05-02T00:00:00Z' }),
      ],
    });
    const other = thread('d');
    const mine = [me, org, deleted, other].filter((t) => inScope(t, { kind: 'mine' }, viewer));
    expect(mine.map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('finds threads an organisation took part in', () => {
    const replied = thread('a', {
      comments: [comment({}), comment({ id: 'c2', organisationId: 'o2' })],
    });
    expect(inScope(replied, { kind: 'organisation', id: 'o2' }, viewer)).toBe(true);
    expect(inScope(thread('b'), { kind: 'organisation', id: 'o2' }, viewer)).toBe(false);
  });
});

describe('orderThreads', () => {
  const whole = thread('whole', { anchor: null, createdAt: '2026-05-03T00:00:00.000Z' });
  const late = thread('late', { comments: [comment({ createdAt: '2026-05-09T00:00:00.000Z' })] });
  const early = thread('early');
  const gone = thread('gone');
  const ranges = new Map([
    ['late', { from: 5, to: 9 }],
    ['early', { from: 50, to: 60 }],
  ]);

  it('by position: whole-document first, then from the top, detached last', () => {
    const ordered = orderThreads([gone, early, late, whole], 'position', ranges);
    expect(ordered.map((t) => t.id)).toEqual(['whole', 'late', 'early', 'gone']);
  });

  it('by time: latest activity first', () => {
    const ordered = orderThreads([early, late, whole], 'time', ranges);
    expect(ordered.map((t) => t.id)).toEqual(['late', 'whole', 'early']);
  });

  it('detached: from the live ranges once known, from the server before', () => {
    expect(isDetached(gone, ranges, true)).toBe(true);
    expect(isDetached(gone, ranges, false)).toBe(false);
    expect(isDetached(whole, ranges, true)).toBe(false);
  });
});

describe('openCountsBySection', () => {
  it('counts open anchored threads per section', () => {
    const counts = openCountsBySection([
      thread('a'),
      thread('b'),
      thread('c', { status: 'resolved' }),
      thread('d', { anchor: null }),
    ]);
    expect([...counts]).toEqual([['s1', 2]]);
  });
});
