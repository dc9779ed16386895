/**
 * Tables in the PDF: Table > TR > TH (scope Column) / TD, one structure
 * element per cell. A row never splits across pages; when a table goes on
 * to a new page its header row is drawn again there as an artifact (seen,
 * not read twice by screen readers). Fills and borders are artifacts.
 */
import type { Block, TableCell } from './exportModel.js';
import { plainRun, runsText } from './exportModel.js';
import { runsHeight, TEXT_COLOUR, writeRuns, writeTaggedRuns } from './pdfText.js';
import type { PdfDocument } from './pdfText.js';

const CELL_PADDING = 5;

type Struct = PDFKit.PDFStructureElement;

export interface TableLayout {
  x: number;
  width: number;
  size: number;
  artifact(draw: () => void): void;
  /** Renders a block that is not a paragraph (a list in a cell) inside the cell's element. */
  writeBlock(parent: Struct, block: Block, x: number, width: number): void;
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

export function writeTable(
  doc: PdfDocument,
  parent: Struct,
  rows: TableCell[][],
  layout: TableLayout,
): void {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const columnWidth = layout.width / columns;
  const innerWidth = columnWidth - CELL_PADDING * 2;
  const cellX = (index: number) => layout.x + index * columnWidth;
  const rowHeight = (row: TableCell[]) =>
    Math.max(
      layout.size,
      ...row.map(
        (cell) =>
          runsHeight(doc, [plainRun(flattenText(cell.blocks))], {
            x: 0,
            width: innerWidth,
            size: layout.size,
            bold: cell.header,
          }) + 2,
      ),
    ) +
    CELL_PADDING * 2;
  const drawFills = (row: TableCell[], top: number, bottom: number) =>
    layout.artifact(() => {
      row.forEach((cell, index) => {
        if (cell.header) doc.rect(cellX(index), top, columnWidth, bottom - top).fill('#e9ecef');
      });
      doc.fillColor(TEXT_COLOUR);
    });
  const drawBorders = (top: number, bottom: number) =>
    layout.artifact(() => {
      doc.lineWidth(0.6).strokeColor('#8a8a8a');
      for (let index = 0; index < columns; index++) {
        doc.rect(cellX(index), top, columnWidth, bottom - top).stroke();
      }
    });
  const header = rows[0]?.every((cell) => cell.header) ? rows[0] : null;

  const table = doc.struct('Table');
  parent.add(table);
  doc.y += 4;
  rows.forEach((row, rowIndex) => {
    const height = rowHeight(row);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (header && rowIndex > 0) {
        // The header again on the new page, for sighted readers only.
        const top = doc.y;
        const bottom = top + rowHeight(header);
        drawFills(header, top, bottom);
        layout.artifact(() => {
          header.forEach((cell, index) => {
            doc.y = top + CELL_PADDING;
            writeRuns(doc, [plainRun(flattenText(cell.blocks))], {
              x: cellX(index) + CELL_PADDING,
              width: innerWidth,
              size: layout.size,
              bold: true,
            });
          });
        });
        drawBorders(top, bottom);
        doc.y = bottom;
      }
    }
    const top = doc.y;
    // Fills go under the text, so they use the estimated height; the borders the real one.
    drawFills(row, top, top + height);
    const tableRow = doc.struct('TR');
    table.add(tableRow);
    let bottom = top + height;
    for (let index = 0; index < columns; index++) {
      const cell = row[index];
      const x = cellX(index) + CELL_PADDING;
      const cellStruct = doc.struct(
        cell?.header ? 'TH' : 'TD',
        cell?.header ? ({ scope: 'Column' } as object) : {},
      );
      tableRow.add(cellStruct);
      doc.y = top + CELL_PADDING;
      for (const block of cell?.blocks ?? []) {
        if (block.kind === 'paragraph' || block.kind === 'heading') {
          if (runsText(block.runs).trim() === '') continue;
          writeTaggedRuns(doc, cellStruct, 'P', block.runs, {
            x,
            width: innerWidth,
            size: layout.size,
            bold: cell?.header ?? false,
          });
        } else {
          layout.writeBlock(cellStruct, block, x, innerWidth);
        }
      }
      cellStruct.end();
      bottom = Math.max(bottom, doc.y + CELL_PADDING);
    }
    tableRow.end();
    drawBorders(top, bottom);
    doc.y = bottom;
    doc.x = layout.x;
  });
  table.end();
  doc.y += 10;
}
