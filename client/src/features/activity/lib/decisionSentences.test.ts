// Decision events (issue 12) read as sentences: created, opened, a position recorded (its
// verdict in words), recorded on an organisation's behalf, a statement, closed with outcome.
import type { ActivityEntry } from '@samverka/shared';
import { describe, expect, it } from 'vitest';

import { testTranslator } from '../../../i18n/testTranslator';
import { activitySentence } from './activitySentence';

const entry = (action: string, payload: Record<string, unknown>): ActivityEntry =>
  ({
    id: 'e1',
    seq: 1,
    at: '2026-11-27T10:00:00.000Z',
    actor: {
      userId: 'u1',
      name: 'Maria Berg',
      organisationId: 'o1',
      organisationName: 'Ängby Stadsmission',
      onBehalfOf: null,
    },
    action,
    object: { type: 'decision', id: 'd1' },
    payload: { title: 'Insatser', ...payload },
  }) as ActivityEntry;

const who = 'Maria Berg (Ängby Stadsmission)';

describe('activity sentences for decisions', () => {
  it.each([
    ['decision:create', {}, `${who} skapade beslutet ”Insatser”`],
    ['decision:open', {}, `${who} öppnade beslutet ”Insatser” för ställningstaganden`],
    [
      'position:record',
      { position: 'approve_with_reservation' },
      `${who} angav sin organisations ställningstagande till ”Insatser”: godkänner med reservation`,
    ],
    [
      'position:record_on_behalf',
      { position: 'reject' },
      `${who} antecknade ett ställningstagande till ”Insatser” för en organisation: avslår`,
    ],
    ['statement:record', {}, `${who} lade till ett yttrande till beslutet ”Insatser”`],
    ['decision:close', { outcome: 'decided' }, `${who} avslutade beslutet ”Insatser”: beslutat`],
  ])('%s in Swedish', (action, payload, expected) => {
    expect(
      activitySentence(entry(action, payload), testTranslator('sv'), 'sv', () => undefined),
    ).toBe(expected);
  });

  it('in English too', () => {
    expect(
      activitySentence(
        entry('position:record', { position: 'approve' }),
        testTranslator('en'),
        'en',
        () => undefined,
      ),
    ).toBe(`${who} gave their organisation’s position on “Insatser”: approves`);
  });
});
