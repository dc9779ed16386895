/**
 * PDF export with pdfkit: tagged (a structure tree of headings, paragraphs,
 * lists and tables; `pdfinfo` reports "Tagged: yes"), the document language
 * and title set (the viewer shows the title, not the file name), DejaVu
 * Sans embedded, a running header with workspace, title, version and date
 * and "Sida x av y" at the foot of every page (both marked as pagination
 * artifacts, so screen readers skip them), then the closing block the
 * template calls for and the content hash when given.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import PDFDocument from 'pdfkit';
import { closingSection, headerLine } from './closingBlocks.js';
import type { ClosingGroup, ClosingSection } from './closingBlocks.js';
import type { ExportMetadata } from './exportInput.js';
import { exportLabels, isoDay } from './exportLabels.js';
import { documentBlocks, lastHeadingText, plainRun, runsText } from './exportModel.js';
import type { Block } from './exportModel.js';
import {
  artifact,
  BODY_SIZE,
  ensureSpace,
  writeBlocks,
  writeHeading,
  writeParagraph,
} from './pdfBlocks.js';
import type { Area } from './pdfBlocks.js';
import { MUTED_COLOUR, registerFonts, TEXT_COLOUR, writeRuns } from './pdfText.js';
import type { PdfDocument } from './pdfText.js';

const MARGIN = 64;
const FIELD_LABEL_WIDTH = 130;
const FIELD_LINE_WIDTH = 300;
const FIELD_HEIGHT = 34;

type Struct = PDFKit.PDFStructureElement;

function writeField(
  doc: PdfDocument,
  parent: Struct,
  label: string,
  value: string | null,
  area: Area,
): void {
  const top = doc.y;
  parent.add(
    doc.struct('P', {}, () => {
      doc
        .font('regular')
        .fontSize(BODY_SIZE - 1)
        .fillColor(MUTED_COLOUR);
      doc.text(`${label}:`, area.x, top + 14, { width: FIELD_LABEL_WIDTH - 6, lineBreak: false });
      if (value) {
        doc.font('regular').fontSize(BODY_SIZE).fillColor(TEXT_COLOUR);
        doc.text(value, area.x + FIELD_LABEL_WIDTH + 4, top + 13, {
          width: FIELD_LINE_WIDTH - 8,
          lineBreak: false,
        });
      }
    }),
  );
  artifact(doc, () => {
    doc
      .lineWidth(0.6)
      .strokeColor('#444444')
      .moveTo(area.x + FIELD_LABEL_WIDTH, top + 26)
      .lineTo(area.x + FIELD_LABEL_WIDTH + FIELD_LINE_WIDTH, top + 26)
      .stroke();
  });
  doc.fillColor(TEXT_COLOUR);
  doc.y = top + FIELD_HEIGHT;
  doc.x = area.x;
}

function groupHeight(group: ClosingGroup): number {
  return 28 + group.fields.length * FIELD_HEIGHT + (group.recorded ? 30 : 0) + 12;
}

/**
 * When the closing block continues the document's own last section and
 * nothing was written under its heading, that heading moves into the block,
 * so it is never left alone at the foot of a page.
 */
function takeTrailingHeading(blocks: Block[]): Extract<Block, { kind: 'heading' }> | null {
  let index = blocks.length - 1;
  while (index >= 0 && blocks[index]!.kind === 'paragraph') {
    const block = blocks[index] as Extract<Block, { kind: 'paragraph' }>;
    if (runsText(block.runs).trim() !== '') return null;
    index--;
  }
  const heading = blocks[index];
  if (heading?.kind !== 'heading') return null;
  blocks.splice(index);
  return heading;
}

function writeClosing(
  doc: PdfDocument,
  parent: Struct,
  section: ClosingSection,
  area: Area,
  ownHeading: Extract<Block, { kind: 'heading' }> | null,
): void {
  const closing = doc.struct('Sect');
  parent.add(closing);
  // The block starts on a page where its heading and first party fit together.
  ensureSpace(doc, 90 + (section.groups[0] ? groupHeight(section.groups[0]) : 0));
  if (ownHeading) {
    const runs = ownHeading.number
      ? [plainRun(`${ownHeading.number} `, true), ...ownHeading.runs]
      : ownHeading.runs;
    writeHeading(doc, closing, ownHeading.level, runs, area);
  } else if (section.heading) writeHeading(doc, closing, 2, [plainRun(section.heading)], area);
  if (section.intro) writeParagraph(doc, closing, [plainRun(section.intro)], area, 8);
  for (const group of section.groups) {
    // One party's lines never split across pages.
    ensureSpace(doc, groupHeight(group));
    const party = doc.struct('Div');
    closing.add(party);
    writeHeading(doc, party, 3, [plainRun(group.title)], area);
    for (const field of group.fields) writeField(doc, party, field.label, field.value, area);
    if (group.recorded) {
      doc.y += 6;
      writeParagraph(doc, party, [{ ...plainRun(group.recorded), italic: true }], area);
    }
    party.end();
    doc.y += 12;
  }
  if (section.note)
    writeParagraph(doc, closing, [{ ...plainRun(section.note), italic: true }], area);
  closing.end();
}

/** Running header and page numbers on every page, as pagination artifacts. */
function writePageFurniture(doc: PdfDocument, metadata: ExportMetadata): void {
  const labels = exportLabels(metadata.language);
  const range = doc.bufferedPageRange();
  const width = doc.page.width - MARGIN * 2;
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottomMargin = doc.page.margins.bottom;
    // Writing inside the margins must not start a new page.
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('regular').fontSize(8).fillColor(MUTED_COLOUR);
    doc.text(`${metadata.workspaceName} · ${metadata.documentTitle}`, MARGIN, 30, {
      width: width * 0.6,
      lineBreak: false,
      ellipsis: true,
    });
    const version = metadata.versionLabel ?? labels.currentState;
    doc.text(`${version} · ${isoDay(metadata.date)}`, MARGIN + width * 0.6, 30, {
      width: width * 0.4,
      align: 'right',
      lineBreak: false,
      ellipsis: true,
    });
    doc
      .lineWidth(0.5)
      .strokeColor('#c8c8c8')
      .moveTo(MARGIN, 44)
      .lineTo(MARGIN + width, 44)
      .stroke();
    doc.text(labels.page(String(index + 1), String(range.count)), MARGIN, doc.page.height - 40, {
      width,
      align: 'center',
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottomMargin;
  }
}

export function renderPdf(node: ProseMirrorNode, metadata: ExportMetadata): Promise<Uint8Array> {
  const labels = exportLabels(metadata.language);
  const options: PDFKit.PDFDocumentOptions = {
    size: 'A4',
    margins: { top: MARGIN + 6, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    tagged: true,
    pdfVersion: '1.7',
    lang: metadata.language === 'sv' ? 'sv-SE' : 'en-GB',
    displayTitle: true,
    info: {
      Title: metadata.documentTitle,
      Author: metadata.workspaceName,
      Subject: headerLine(metadata),
      Creator: 'Samverka',
      Producer: 'Samverka (pdfkit)',
      CreationDate: new Date(metadata.date),
    },
  };
  // pdfkit writes the PDF/UA identification (XMP pdfuaid) for this subset; its typings list only PDF/A.
  Object.assign(options, { subset: 'PDF/UA' });
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  registerFonts(doc);
  const area: Area = { x: MARGIN, width: doc.page.width - MARGIN * 2 };
  const root = doc.struct('Document');
  doc.addStructure(root);

  writeHeading(doc, root, 1, [plainRun(metadata.documentTitle)], area);
  root.add(
    doc.struct('P', {}, () =>
      writeRuns(doc, [plainRun(headerLine(metadata))], {
        ...area,
        size: BODY_SIZE - 1,
        colour: MUTED_COLOUR,
      }),
    ),
  );
  artifact(doc, () => {
    doc
      .lineWidth(0.8)
      .strokeColor('#8a8a8a')
      .moveTo(area.x, doc.y + 6)
      .lineTo(area.x + area.width, doc.y + 6)
      .stroke();
  });
  doc.y += 14;

  const blocks = documentBlocks(node, metadata.numbered);
  const closing = closingSection(metadata, lastHeadingText(node));
  const ownHeading = closing && closing.heading === null ? takeTrailingHeading(blocks) : null;
  writeBlocks(doc, root, blocks, area);
  if (closing) writeClosing(doc, root, closing, area, ownHeading);
  if (metadata.contentHash) {
    ensureSpace(doc, 40);
    doc.y += 10;
    writeParagraph(doc, root, [plainRun(`${labels.contentHash}:`, true)], area, 2);
    writeParagraph(doc, root, [{ ...plainRun(metadata.contentHash), code: true }], area);
  }
  root.end();
  writePageFurniture(doc, metadata);
  doc.end();
  return done;
}
