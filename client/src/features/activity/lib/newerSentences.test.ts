// Every action that can be recorded reads as a sentence in both languages (never
// the raw action name), and the version, meeting and method events use their payloads.
import { eventActions } from '@samverka/shared';
import type { ActivityEntry } from '@samverka/shared';
import { describe, expect, it } from 'vitest';
import { testTranslator } from '../../../i18n/testTranslator';
import { activitySentence } from './activitySentence';
import { neverRecordedActions } from './sentenceTypes';

const entry = (action: string, payload: Record<string, unknown>): ActivityEntry =>
  ({
    id: 'e1',
    seq: 1,
    at: '2026-11-27T10:00:00.000Z',
    actor: {
      userId: 'u1',
      name: 'Anna Lindqvist',
      organisationId: null,
      organisationName: null,
      onBehalfOf: null,
    },
    action,
    object: { type: 'meeting', id: 'x1' },
    payload,
  }) as ActivityEntry;

const sentence = (action: string, payload: Record<string, unknown>, language: 'sv' | 'en') =>
  activitySentence(
    entry(action, payload),
    testTranslator(language),
    language,
    () => 'Sara Facklig',
  );

const recorded = eventActions.filter(
  (action) => !(neverRecordedActions as readonly string[]).includes(action),
);

describe('activity sentences cover every recorded action', () => {
  it.each(recorded.flatMap((action) => [[action, 'sv'] as const, [action, 'en'] as const]))(
    '%s reads as a sentence in %s',
    (action, language) => {
      const text = sentence(action, { title: 'Styrgruppsmöte december' }, language);
      expect(text).not.toContain(action);
      expect(text).not.toContain('{{');
      expect(text).not.toMatch(/^Anna Lindqvist: /);
    },
  );
});

describe('version, meeting and method sentences', () => {
  const doc = { title: 'IOP-överenskommelse', label: 'Remissversion' };
  it.each([
    [
      'meeting:chair',
      { command: 'start', title: 'Styrgruppsmöte december' },
      'Anna Lindqvist startade mötet ”Styrgruppsmöte december”',
      'Anna Lindqvist started the meeting “Styrgruppsmöte december”',
    ],
    [
      'meeting:chair',
      { command: 'end', title: 'Styrgruppsmöte december' },
      'Anna Lindqvist avslutade mötet ”Styrgruppsmöte december”',
      'Anna Lindqvist ended the meeting “Styrgruppsmöte december”',
    ],
    [
      'meeting:manage',
      { change: 'agenda_item_added', title: 'Budget 2027' },
      'Anna Lindqvist lade till punkten ”Budget 2027” på dagordningen',
      'Anna Lindqvist added the item “Budget 2027” to the agenda',
    ],
    [
      'meeting:manage',
      { change: 'attendance', present: 5, absent: 1 },
      'Anna Lindqvist antecknade närvaron: 5 närvarande, 1 frånvarande',
      'Anna Lindqvist recorded attendance: 5 present, 1 absent',
    ],
    [
      'minutes:write',
      { command: 'send_minutes', title: 'Styrgruppsmöte december' },
      'Anna Lindqvist skickade protokollet från ”Styrgruppsmöte december” för justering',
      'Anna Lindqvist sent the minutes of “Styrgruppsmöte december” for approval',
    ],
    [
      'minutes:approve',
      { command: 'complete_approval', title: 'Styrgruppsmöte december' },
      'Protokollet från ”Styrgruppsmöte december” är justerat och låst',
      'The minutes of “Styrgruppsmöte december” are approved and locked',
    ],
    [
      'version:create',
      { ...doc, origin: 'named' },
      'Anna Lindqvist sparade versionen ”Remissversion” av ”IOP-överenskommelse”',
      'Anna Lindqvist saved the version “Remissversion” of “IOP-överenskommelse”',
    ],
    [
      'version:create',
      { ...doc, origin: 'session' },
      'En version av ”IOP-överenskommelse” sparades automatiskt: Remissversion',
      'A version of “IOP-överenskommelse” was saved automatically: Remissversion',
    ],
    [
      'signoff:record',
      { ...doc, organisationName: 'Kommunal' },
      'Anna Lindqvist godkände versionen ”Remissversion” av ”IOP-överenskommelse” för Kommunal',
      'Anna Lindqvist signed off the version “Remissversion” of “IOP-överenskommelse” for Kommunal',
    ],
    [
      'process:update',
      {
        title: 'Behovsanalys',
        before: { status: 'not_started' },
        after: { status: 'in_progress' },
      },
      'Anna Lindqvist satte processteget ”Behovsanalys” till pågår',
      'Anna Lindqvist set the process step “Behovsanalys” to in progress',
    ],
    [
      'legaltest:assess',
      { criterion: 'no_commercial_market', assessment: 'fulfilled' },
      'Anna Lindqvist bedömde kriteriet ”Ingen kommersiell marknad” i den rättsliga prövningen: uppfyllt',
      'Anna Lindqvist assessed the legal test criterion “No commercial market”: fulfilled',
    ],
    [
      'procurement:update',
      { procurement: 'Hemtjänst', period: '2026-Q3', recorded: true },
      'Anna Lindqvist lade till uppföljningen av ”Hemtjänst” för 2026-Q3',
      'Anna Lindqvist added the follow-up of “Hemtjänst” for 2026-Q3',
    ],
    [
      'procurement:update',
      { name: 'Hemtjänst', deleted: true },
      'Anna Lindqvist tog bort upphandlingen ”Hemtjänst”',
      'Anna Lindqvist deleted the procurement “Hemtjänst”',
    ],
  ] as const)('%s %j', (action, payload, swedish, english) => {
    expect(sentence(action, payload, 'sv')).toBe(swedish);
    expect(sentence(action, payload, 'en')).toBe(english);
  });
});
