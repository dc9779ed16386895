/**
 * A document with every construct the exporters render (headings at three
 * levels, marks, links, a mention, a hard break, nested lists, a table with
 * a header row) and Swedish text, as ProseMirror JSON of the editor schema,
 * plus export metadata to go with it.
 */
import type { ExportMetadata } from '../export/exportInput.js';

const text = (value: string, marks: string[] = []) => ({
  type: 'text',
  text: value,
  ...(marks.length > 0 ? { marks: marks.map((type) => ({ type })) } : {}),
});
const paragraph = (...content: object[]) => ({ type: 'paragraph', content });
const heading = (level: number, value: string) => ({
  type: 'heading',
  attrs: { level },
  content: [text(value)],
});
const item = (...content: object[]) => ({ type: 'listItem', content });
const cell = (type: 'tableHeader' | 'tableCell', value: string) => ({
  type,
  content: [paragraph(text(value))],
});

export const FIXTURE_HEADINGS = [
  'Parter och ändamål',
  'Åtaganden för föreningen',
  'Ekonomi och återrapportering',
];

export const FIXTURE_PARAGRAPHS = [
  'Kommunen och föreningen ingår detta avtal om idéburet offentligt partnerskap.',
  'Överenskommelsen gäller från den 1 april – till och med den 31 mars nästa år.',
  'Föreningen återrapporterar årligen till styrgruppen.',
];

export const FIXTURE_LIST_ITEMS = ['Stödja unga vuxna', 'Erbjuda praktikplatser', 'Mäta utfall'];

export const FIXTURE_TABLE = [
  ['Aktivitet', 'Ansvarig', 'Kostnad'],
  ['Språkcafé', 'Föreningen', '12 000 kr'],
  ['Uppföljning', 'Kommunen', '4 500 kr'],
];

export function exportFixtureDocument(): object {
  return {
    type: 'doc',
    content: [
      heading(2, FIXTURE_HEADINGS[0]!),
      paragraph(
        text(FIXTURE_PARAGRAPHS[0]!.slice(0, 8)),
        text(FIXTURE_PARAGRAPHS[0]!.slice(8, 24), ['bold']),
        text(FIXTURE_PARAGRAPHS[0]!.slice(24)),
      ),
      heading(3, 'Ändamål'),
      paragraph(
        text(FIXTURE_PARAGRAPHS[1]!),
        { type: 'hardBreak' },
        text('Kontakt: '),
        {
          type: 'mention',
          attrs: { id: 'u1', kind: 'person', label: 'Åsa Öberg' },
        },
        text(' via '),
        {
          type: 'text',
          text: 'kommunens webbplats',
          marks: [{ type: 'link', attrs: { href: 'https://example.se/iop' } }],
        },
        text(' — '),
        text('kursiv', ['italic']),
        text(' '),
        text('understruken', ['underline']),
        text(' '),
        text('struken', ['strike']),
        text(' '),
        text('kod', ['code']),
      ),
      heading(2, FIXTURE_HEADINGS[1]!),
      {
        type: 'bulletList',
        content: [
          item(paragraph(text(FIXTURE_LIST_ITEMS[0]!))),
          item(paragraph(text(FIXTURE_LIST_ITEMS[1]!)), {
            type: 'orderedList',
            attrs: { start: 1 },
            content: [
              item(paragraph(text('Första steget'))),
              item(paragraph(text('Andra steget'))),
            ],
          }),
          item(paragraph(text(FIXTURE_LIST_ITEMS[2]!))),
        ],
      },
      heading(2, FIXTURE_HEADINGS[2]!),
      paragraph(text(FIXTURE_PARAGRAPHS[2]!)),
      {
        type: 'table',
        content: FIXTURE_TABLE.map((row, index) => ({
          type: 'tableRow',
          content: row.map((value) => cell(index === 0 ? 'tableHeader' : 'tableCell', value)),
        })),
      },
    ],
  };
}

export function exportFixtureMetadata(overrides: Partial<ExportMetadata> = {}): ExportMetadata {
  return {
    workspaceName: 'Järfälla IOP – Språkvänner',
    documentTitle: 'IOP-avtal för språkcaféer',
    versionLabel: 'Utkast till styrgruppen 12 mars',
    date: '2026-03-12T09:30:00.000Z',
    language: 'sv',
    template: 'iop_agreement',
    numbered: true,
    parties: ['Järfälla kommun', 'Föreningen Språkvänner'],
    signOffs: [],
    approvers: [],
    contentHash: null,
    ...overrides,
  };
}
