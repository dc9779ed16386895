/**
 * DOCX export with `docx`: Word's own heading styles (so the navigation
 * pane and screen readers see the structure), real Word lists (each
 * ordered list restarts at its start), tables with a repeating header row,
 * a page header with workspace, title, version and date, and "Sida x av y"
 * in the footer. The language is set on every run (sv-SE / en-GB) so
 * spelling and screen readers use it.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ILevelsOptions, ParagraphChild } from 'docx';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { closingSection, headerLine } from './closingBlocks.js';
import type { ClosingSection } from './closingBlocks.js';
import type { ExportMetadata } from './exportInput.js';
import { exportLabels } from './exportLabels.js';
import { documentBlocks, lastHeadingText } from './exportModel.js';
import type { Block, Run } from './exportModel.js';

const FONT = 'Calibri';
const MONO = 'Consolas';
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

function textRuns(runs: Run[]): ParagraphChild[] {
  return runs.map((run) => {
    if (run.kind === 'break') return new TextRun({ break: 1 });
    const options = {
      text: run.text,
      bold: run.bold,
      italics: run.italic,
      strike: run.strike,
      ...(run.underline ? { underline: {} } : {}),
      ...(run.code ? { font: MONO } : {}),
    };
    return run.href
      ? new ExternalHyperlink({
          link: run.href,
          children: [new TextRun({ ...options, style: 'Hyperlink' })],
        })
      : new TextRun(options);
  });
}

interface ListContext {
  /** Next numbering instance: each ordered list restarts its count. */
  nextInstance: number;
}

function listLevels(ordered: boolean): ILevelsOptions[] {
  const bullets = ['•', '◦', '▪'];
  return Array.from({ length: 6 }, (_, level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : bullets[level % bullets.length]!,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

function blocksToDocx(
  blocks: Block[],
  lists: ListContext,
  listLevel: number | null = null,
): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(
          new Paragraph({
            heading: HEADINGS[Math.min(block.level, 6) - 1] ?? HeadingLevel.HEADING_6,
            children: [
              ...(block.number ? [new TextRun(`${block.number} `)] : []),
              ...textRuns(block.runs),
            ],
          }),
        );
        break;
      case 'paragraph':
        out.push(
          new Paragraph({
            children: textRuns(block.runs),
            ...(listLevel !== null ? { indent: { left: 720 * (listLevel + 1) } } : {}),
          }),
        );
        break;
      case 'list': {
        const level = listLevel === null ? 0 : listLevel + 1;
        const instance = lists.nextInstance++;
        for (const item of block.items) {
          const [first, ...rest] = item;
          const firstRuns = first?.kind === 'paragraph' ? first.runs : [];
          out.push(
            new Paragraph({
              children: textRuns(firstRuns),
              numbering: {
                reference: block.ordered ? 'ordered' : 'bullets',
                level: Math.min(level, 5),
                instance,
              },
            }),
          );
          const remaining = first && first.kind !== 'paragraph' ? item : rest;
          out.push(...blocksToDocx(remaining, lists, level));
        }
        break;
      }
      case 'table':
        out.push(tableToDocx(block.rows, lists));
        break;
      case 'quote':
        out.push(...blocksToDocx(block.blocks, lists, listLevel));
        break;
      case 'code':
        for (const line of block.text.split('\n')) {
          out.push(new Paragraph({ children: [new TextRun({ text: line, font: MONO })] }));
        }
        break;
      case 'rule':
        out.push(
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } },
          }),
        );
        break;
    }
  }
  return out;
}

function tableToDocx(rows: Extract<Block, { kind: 'table' }>['rows'], lists: ListContext): Table {
  const width = Math.max(1, ...rows.map((row) => row.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.every((cell) => cell.header),
          children: Array.from({ length: width }, (_, index) => {
            const cell = row[index];
            const children = cell ? blocksToDocx(cell.blocks, lists) : [];
            return new TableCell({
              children: children.length > 0 ? children : [new Paragraph('')],
              ...(cell?.header
                ? { shading: { type: ShadingType.CLEAR, fill: 'E8E8E8', color: 'auto' } }
                : {}),
            });
          }),
        }),
    ),
  });
}

function closingToDocx(section: ClosingSection): Paragraph[] {
  const out: Paragraph[] = section.heading
    ? [new Paragraph({ heading: HeadingLevel.HEADING_2, text: section.heading })]
    : [];
  if (section.intro) out.push(new Paragraph(section.intro));
  for (const group of section.groups) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, text: group.title, keepNext: true }));
    for (const field of group.fields) {
      out.push(
        new Paragraph({
          keepNext: true,
          spacing: { before: 240 },
          children: [
            new TextRun({ text: `${field.label}: `, bold: true }),
            new TextRun(field.value ?? '_'.repeat(40)),
          ],
        }),
      );
    }
    if (group.recorded)
      out.push(new Paragraph({ children: [new TextRun({ text: group.recorded, italics: true })] }));
  }
  if (section.note)
    out.push(new Paragraph({ children: [new TextRun({ text: section.note, italics: true })] }));
  return out;
}

export async function renderDocx(
  doc: ProseMirrorNode,
  metadata: ExportMetadata,
): Promise<Uint8Array> {
  const labels = exportLabels(metadata.language);
  const lists: ListContext = { nextInstance: 1 };
  const closing = closingSection(metadata, lastHeadingText(doc));
  const body: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: metadata.documentTitle }),
    new Paragraph({ children: [new TextRun({ text: headerLine(metadata), color: '555555' })] }),
    ...blocksToDocx(documentBlocks(doc, metadata.numbered), lists),
    ...(closing ? closingToDocx(closing) : []),
    ...(metadata.contentHash
      ? [
          new Paragraph({
            spacing: { before: 360 },
            children: [
              new TextRun({ text: `${labels.contentHash}: `, bold: true }),
              new TextRun({ text: metadata.contentHash, font: MONO }),
            ],
          }),
        ]
      : []),
  ];
  const document = new Document({
    title: metadata.documentTitle,
    creator: 'Samverka',
    description: headerLine(metadata),
    styles: {
      default: {
        document: {
          run: {
            font: FONT,
            size: 22,
            language: { value: metadata.language === 'sv' ? 'sv-SE' : 'en-GB' },
          },
        },
      },
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: listLevels(false) },
        { reference: 'ordered', levels: listLevels(true) },
      ],
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    text: `${metadata.documentTitle} · ${headerLine(metadata)}`,
                    size: 16,
                    color: '555555',
                  }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 18,
                    children: labels
                      .page('{current}', '{total}')
                      .split(/(\{current\}|\{total\})/)
                      .filter((part) => part !== '')
                      .map((part) =>
                        part === '{current}'
                          ? PageNumber.CURRENT
                          : part === '{total}'
                            ? PageNumber.TOTAL_PAGES
                            : part,
                      ),
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
