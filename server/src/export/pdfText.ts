/**
 * Fonts and runs of text for the PDF. DejaVu Sans (TrueType, shipped in the
 * dejavu-fonts-ttf npm package) is embedded: pdfkit's standard fonts have
 * no glyphs beyond WinAnsi, and an embedded font is what PDF/UA asks for.
 * It covers å, ä, ö, the dashes and the list bullets.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Run, TextRun } from './exportModel.js';

export type PdfDocument = PDFKit.PDFDocument;

const fontDirectory = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);

export const FONTS = {
  regular: join(fontDirectory, 'DejaVuSans.ttf'),
  bold: join(fontDirectory, 'DejaVuSans-Bold.ttf'),
  italic: join(fontDirectory, 'DejaVuSans-Oblique.ttf'),
  boldItalic: join(fontDirectory, 'DejaVuSans-BoldOblique.ttf'),
  mono: join(fontDirectory, 'DejaVuSansMono.ttf'),
} as const;

export type FontName = keyof typeof FONTS;

export function registerFonts(doc: PdfDocument): void {
  for (const [name, path] of Object.entries(FONTS)) doc.registerFont(name, path);
}

export const TEXT_COLOUR = '#1a1a1a';
export const MUTED_COLOUR = '#555555';
export const LINK_COLOUR = '#1a4f9c';

function fontFor(run: TextRun, bold: boolean): FontName {
  if (run.code) return 'mono';
  const isBold = bold || run.bold;
  if (isBold && run.italic) return 'boldItalic';
  if (isBold) return 'bold';
  return run.italic ? 'italic' : 'regular';
}

/**
 * The runs as lines: a hard break ends one (pdfkit mishandles a newline
 * inside continued text, so each line is its own chain of text calls).
 */
function textLines(runs: Run[]): TextRun[][] {
  const lines: TextRun[][] = [[]];
  for (const run of runs) {
    if (run.kind === 'break') lines.push([]);
    else if (run.text !== '') lines.at(-1)!.push(run);
  }
  return lines;
}

export interface RunLayout {
  x: number;
  width: number;
  size: number;
  bold?: boolean;
  colour?: string;
  align?: 'left' | 'right' | 'center';
}

/**
 * Writes runs as one wrapped paragraph starting at (layout.x, doc.y). With
 * `element` (a structure element already in the tree) every piece is marked
 * as its content, and each link becomes a Link element holding its
 * annotation, as PDF/UA asks; without it the caller marks the content.
 */
export function writeRuns(
  doc: PdfDocument,
  runs: Run[],
  layout: RunLayout,
  element?: PDFKit.PDFStructureElement,
): void {
  const lines = textLines(runs);
  if (lines.every((line) => line.length === 0)) return;
  for (const line of lines) {
    if (line.length === 0) {
      // An empty line between two hard breaks.
      doc.font('regular').fontSize(layout.size).moveDown(1);
      continue;
    }
    line.forEach((run, index) => {
      const draw = () => {
        doc.font(fontFor(run, layout.bold ?? false)).fontSize(layout.size);
        doc.fillColor(run.href ? LINK_COLOUR : (layout.colour ?? TEXT_COLOUR));
        const options: PDFKit.Mixins.TextOptions = {
          width: layout.width,
          continued: index < line.length - 1,
          underline: run.underline || run.href !== null,
          strike: run.strike,
          lineGap: 2,
          align: layout.align ?? 'left',
          ...(run.href ? { link: run.href } : { link: null }),
        };
        if (index === 0) doc.text(run.text, layout.x, doc.y, options);
        else doc.text(run.text, options);
      };
      if (!element) draw();
      else if (run.href) element.add(doc.struct('Link', {}, draw));
      else element.add(draw);
    });
  }
  doc.fillColor(TEXT_COLOUR);
}

/** A structure element of `tag` under `parent` holding the runs (P, H2, …). */
export function writeTaggedRuns(
  doc: PdfDocument,
  parent: PDFKit.PDFStructureElement,
  tag: string,
  runs: Run[],
  layout: RunLayout,
): void {
  const element = doc.struct(tag);
  parent.add(element);
  writeRuns(doc, runs, layout, element);
  element.end();
}

/** Height the runs will take (measured with the run's own fonts where it matters). */
export function runsHeight(doc: PdfDocument, runs: Run[], layout: RunLayout): number {
  const text = textLines(runs)
    .map((line) => line.map((run) => run.text).join(''))
    .join('\n');
  if (text === '') return 0;
  doc.font(layout.bold ? 'bold' : 'regular').fontSize(layout.size);
  return doc.heightOfString(text, { width: layout.width, lineGap: 2 });
}
