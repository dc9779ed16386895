/**
 * The document's blocks on PDF pages, each inside its structure element
 * (H1–H6, P, L/LI/Lbl/LBody, Table/TR/TH/TD, BlockQuote, Code) so the PDF
 * is tagged: screen readers and the PDF/UA checker see headings, lists and
 * tables, not just positioned text. Borders, fills and rules are marked as
 * artifacts (decoration, not content).
 */
import type { Block, Run, TableCell } from './exportModel.js';
import { plainRun, runsText } from './exportModel.js';
import { MUTED_COLOUR, runsHeight, TEXT_COLOUR, writeRuns } from './pdfText.js';
import type { PdfDocument } from './pdfText.js';

export const BODY_SIZE = 10.5;
const HEADING_SIZES = [17, 14.5, 12.5, 11.5, 11, 10.5];
const LABEL_WIDTH = 20;
const CELL_PADDING = 5;

export interface Area {
  x: number;
  width: number;
}

type Struct = PDFKit.PDFStructureElement;

function bottom(doc: PdfDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` still fits on this one. */
export function ensureSpace(doc: PdfDocument, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

export function artifact(doc: PdfDocument, draw: () => void): void {
  doc.markContent('Artifact', { type: 'Layout' });
  draw();
  doc.endMarkedContent();
}

/** A heading; `level` is the PDF's (the title is H1, the document's level 1 is H2). */
export function writeHeading(
  doc: PdfDocument,
  parent: Struct,
  level: number,
  runs: Run[],
  area: Area,
): void {
  const size = HEADING_SIZES[Math.min(level, 6) - 1]!;
  doc.y += level <= 2 ? 10 : 6;
  // Keep a heading with at least two lines of what follows it.
  ensureSpace(doc, runsHeight(doc, runs, { ...area, size, bold: true }) + BODY_SIZE * 3.2);
  parent.add(
    doc.struct(`H${Math.min(level, 6)}`, {}, () =>
      writeRuns(doc, runs, { ...area, size, bold: true }),
    ),
  );
  doc.y += 4;
}

export function writeParagraph(
  doc: PdfDocument,
  parent: Struct,
  runs: Run[],
  area: Area,
  gap = 6,
): void {
  // Empty paragraphs (a template's place to write) carry nothing to tag; keep a little air.
  if (runsText(runs).trim() === '') {
    doc.y += gap;
    return;
  }
  ensureSpace(doc, BODY_SIZE * 1.5);
  parent.add(doc.struct('P', {}, () => writeRuns(doc, runs, { ...area, size: BODY_SIZE })));
  doc.y += gap;
}

const BULLETS = ['•', '◦', '▪'];

function writeList(
  doc: PdfDocument,
  parent: Struct,
  block: Extract<Block, { kind: 'list' }>,
  area: Area,
  depth: number,
): void {
  const list = doc.struct('L');
  parent.add(list);
  block.items.forEach((item, index) => {
    const label = block.ordered ? `${block.start + index}.` : BULLETS[depth % BULLETS.length]!;
    const entry = doc.struct('LI');
    list.add(entry);
    ensureSpace(doc, BODY_SIZE * 1.5);
    const top = doc.y;
    entry.add(
      doc.struct('Lbl', {}, () => {
        doc.font('regular').fontSize(BODY_SIZE).fillColor(TEXT_COLOUR);
        doc.text(label, area.x, top, { width: LABEL_WIDTH - 4, lineBreak: false });
      }),
    );
    doc.y = top;
    const body = doc.struct('LBody');
    entry.add(body);
    writeBlocks(
      doc,
      body,
      item,
      { x: area.x + LABEL_WIDTH, width: area.width - LABEL_WIDTH },
      depth + 1,
      2,
    );
    body.end();
    entry.end();
  });
  list.end();
  if (depth === 0) doc.y += 4;
}

function cellHeight(doc: PdfDocument, cell: TableCell | undefined, width: number): number {
  if (!cell) return 0;
  const text = flattenText(cell.blocks);
  return runsHeight(doc, [plainRun(text)], { x: 0, width, size: BODY_SIZE, bold: cell.header }) + 2;
}

function flattenText(blocks: Block[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
        case 'paragraph':
          return runsText(block.runs);
        case 'list':
          return block.items.map((item) => `•  ${flattenText(item)}`).join('\n');
        case 'table':
          return block.rows
            .map((row) => row.map((cell) => flattenText(cell.blocks)).join(' '))
            .join('\n');
        case 'quote':
          return flattenText(block.blocks);
        case 'code':
          return block.text;
        case 'rule':
          return '';
      }
    })
    .join('\n');
}

function writeTable(doc: PdfDocument, parent: Struct, rows: TableCell[][], area: Area): void {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const columnWidth = area.width / columns;
  const innerWidth = columnWidth - CELL_PADDING * 2;
  const table = doc.struct('Table');
  parent.add(table);
  doc.y += 4;
  for (const row of rows) {
    const height =
      Math.max(
        BODY_SIZE,
        ...Array.from({ length: columns }, (_, i) => cellHeight(doc, row[i], innerWidth)),
      ) +
      CELL_PADDING * 2;
    ensureSpace(doc, height);
    const top = doc.y;
    const tableRow = doc.struct('TR');
    table.add(tableRow);
    artifact(doc, () => {
      row.forEach((cell, index) => {
        if (cell.header)
          doc.rect(area.x + index * columnWidth, top, columnWidth, height).fill('#e9ecef');
      });
      doc.fillColor(TEXT_COLOUR);
    });
    let rowBottom = top + height;
    for (let index = 0; index < columns; index++) {
      const cell = row[index];
      const x = area.x + index * columnWidth;
      const cellStruct = doc.struct(
        cell?.header ? 'TH' : 'TD',
        cell?.header ? ({ scope: 'Column' } as object) : {},
      );
      tableRow.add(cellStruct);
      doc.y = top + CELL_PADDING;
      for (const block of cell?.blocks ?? []) {
        if (block.kind === 'paragraph' || block.kind === 'heading') {
          if (runsText(block.runs).trim() === '') continue;
          cellStruct.add(
            doc.struct('P', {}, () =>
              writeRuns(doc, block.runs, {
                x: x + CELL_PADDING,
                width: innerWidth,
                size: BODY_SIZE,
                bold: cell?.header ?? false,
              }),
            ),
          );
        } else {
          writeBlocks(doc, cellStruct, [block], { x: x + CELL_PADDING, width: innerWidth }, 1, 0);
        }
      }
      cellStruct.end();
      rowBottom = Math.max(rowBottom, doc.y + CELL_PADDING);
    }
    tableRow.end();
    artifact(doc, () => {
      doc.lineWidth(0.6).strokeColor('#8a8a8a');
      for (let index = 0; index < columns; index++) {
        doc.rect(area.x + index * columnWidth, top, columnWidth, rowBottom - top).stroke();
      }
    });
    doc.y = rowBottom;
    doc.x = area.x;
  }
  table.end();
  doc.y += 10;
}

export function writeBlocks(
  doc: PdfDocument,
  parent: Struct,
  blocks: Block[],
  area: Area,
  depth = 0,
  gap = 6,
): void {
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        writeHeading(
          doc,
          parent,
          block.level,
          block.number ? [plainRun(`${block.number} `, true), ...block.runs] : block.runs,
          area,
        );
        break;
      case 'paragraph':
        writeParagraph(doc, parent, block.runs, area, gap);
        break;
      case 'list':
        writeList(doc, parent, block, area, depth);
        break;
      case 'table':
        writeTable(doc, parent, block.rows, area);
        break;
      case 'quote': {
        const quote = doc.struct('BlockQuote');
        parent.add(quote);
        const top = doc.y;
        writeBlocks(
          doc,
          quote,
          block.blocks,
          { x: area.x + 14, width: area.width - 14 },
          depth,
          gap,
        );
        quote.end();
        artifact(doc, () => {
          doc
            .lineWidth(2)
            .strokeColor('#b0b0b0')
            .moveTo(area.x + 3, top)
            .lineTo(area.x + 3, doc.y - gap)
            .stroke();
        });
        break;
      }
      case 'code':
        ensureSpace(doc, BODY_SIZE * 1.5);
        parent.add(
          doc.struct('Code', {}, () => {
            doc
              .font('mono')
              .fontSize(BODY_SIZE - 1)
              .fillColor(TEXT_COLOUR);
            doc.text(block.text, area.x, doc.y, { width: area.width });
          }),
        );
        doc.y += gap;
        break;
      case 'rule':
        artifact(doc, () => {
          doc
            .lineWidth(0.6)
            .strokeColor(MUTED_COLOUR)
            .moveTo(area.x, doc.y + 4)
            .lineTo(area.x + area.width, doc.y + 4)
            .stroke();
        });
        doc.y += 12;
        break;
    }
  }
}
