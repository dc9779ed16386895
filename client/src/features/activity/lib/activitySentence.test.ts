// Comment events read as sentences in both languages: opening a thread and
// replying (both comment:create, told apart by the object), resolving,
// reopening, editing and deleting, each naming the document.
import type { ActivityEntry } from '@samverka/shared';
import { describe, expect, it } from 'vitest';
import { testTranslator } from '../../../i18n/testTranslator';
import { activitySentence } from './activitySentence';

const entry = (action: string, type: 'thread' | 'comment'): ActivityEntry =>
  ({
    id: 'e1',
    seq: 1,
    at: '2026-11-27T10:00:00.000Z',
    actor: {
      userId: 'u1',
      name: 'Sara Facklig',
      organisationId: 'o1',
      organisationName: 'Kommunal',
      onBehalfOf: null,
    },
    action,
    object: { type, id: 'x1' },
    payload: { documentId: 'd1', title: 'IOP-överenskommelse', threadId: 't1' },
  }) as ActivityEntry;

describe('activity sentences for comments', () => {
  it.each([
    ['comment:create', 'thread', 'Sara Facklig (Kommunal) kommenterade ”IOP-överenskommelse”'],
    [
      'comment:create',
      'comment',
      'Sara Facklig (Kommunal) svarade på en kommentar i ”IOP-överenskommelse”',
    ],
    [
      'comment:resolve',
      'thread',
      'Sara Facklig (Kommunal) markerade en kommentarstråd i ”IOP-överenskommelse” som löst',
    ],
    [
      'thread:reopen',
      'thread',
      'Sara Facklig (Kommunal) öppnade en kommentarstråd i ”IOP-överenskommelse” igen',
    ],
    [
      'comment:update',
      'comment',
      'Sara Facklig (Kommunal) redigerade en kommentar i ”IOP-överenskommelse”',
    ],
    [
      'comment:delete',
      'comment',
      'Sara Facklig (Kommunal) tog bort en kommentar i ”IOP-överenskommelse”',
    ],
  ] as const)('%s on a %s in Swedish', (action, type, sentence) => {
    expect(activitySentence(entry(action, type), testTranslator('sv'), 'sv', () => undefined)).toBe(
      sentence,
    );
  });

  it('has English sentences too', () => {
    expect(
      activitySentence(
        entry('comment:create', 'comment'),
        testTranslator('en'),
        'en',
        () => undefined,
      ),
    ).toBe('Sara Facklig (Kommunal) replied to a comment in “IOP-överenskommelse”');
    expect(
      activitySentence(
        entry('comment:resolve', 'thread'),
        testTranslator('en'),
        'en',
        () => undefined,
      ),
    ).toBe('Sara Facklig (Kommunal) resolved a comment thread in “IOP-överenskommelse”');
  });
});
