/**
 * The document's blocks on PDF pages, each inside its structure element
 * (H1–H6, P, L/LI/Lbl/LBody, Table/TR/TH/TD, BlockQuote, Code) so the PDF
 * is tagged: screen readers and the PDF/UA checker see headings, lists and
 * tables, not just positioned text. Borders, fills and rules are marked as
 * artifacts (decoration, not content).
 */
import type { Block, Run } from './exportModel.js';
import { plainRun, runsText } from './exportModel.js';
import { MUTED_COLOUR, runsHeight, TEXT_COLOUR, writeTaggedRuns } from './pdfText.js';
import { writeTable } from './pdfTable.js';
import type { PdfDocument } from './pdfText.js';

export const BODY_SIZE = 10.5;
const HEADING_SIZES = [17, 14.5, 12.5, 11.5, 11, 10.5];
const LABEL_WIDTH = 20;

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
  writeTaggedRuns(doc, parent, `H${Math.min(level, 6)}`, runs, { ...area, size, bold: true });
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
  writeTaggedRuns(doc, parent, 'P', runs, { ...area, size: BODY_SIZE });
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
        writeTable(doc, parent, block.rows, {
          ...area,
          size: BODY_SIZE,
          artifact: (draw) => artifact(doc, draw),
          writeBlock: (cell, inner, x, width) =>
            writeBlocks(doc, cell, [inner], { x, width }, 1, 0),
        });
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
