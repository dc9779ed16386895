/**
 * The document as a small block model that the DOCX and PDF renderers walk:
 * headings (with their clause numbers), paragraphs, nested lists, tables,
 * quotes, code and rules, each holding runs of text with their marks.
 * Reading the ProseMirror node once here keeps both renderers about layout
 * only. Unknown nodes degrade to their text, so nothing written is dropped.
 */
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface TextRun {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  code: boolean;
  href: string | null;
}

export type Run = TextRun | { kind: 'break' };

export interface TableCell {
  header: boolean;
  blocks: Block[];
}

export type Block =
  /** `level` is the export's: the title is level 1 (see headingShift). */
  | { kind: 'heading'; level: number; number: string | null; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'table'; rows: TableCell[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' };

/**
 * Clause numbers exactly as the editor's outline computes them
 * (client/src/features/editor/lib/outline.ts): level-2 headings are clauses
 * (1, 2), level-3 headings their sub-clauses (1.1), level 1 is a title.
 */
export function clauseNumbers(doc: ProseMirrorNode): Map<ProseMirrorNode, string> {
  const numbers = new Map<ProseMirrorNode, string>();
  let clause = 0;
  let subClause = 0;
  doc.descendants((node) => {
    if (node.type.name === 'heading') {
      const level = headingLevel(node);
      if (level === 2) {
        clause++;
        subClause = 0;
        numbers.set(node, String(clause));
      } else if (level === 3 && clause > 0) {
        subClause++;
        numbers.set(node, `${clause}.${subClause}`);
      }
    }
    return !node.isTextblock;
  });
  return numbers;
}

export function headingLevel(node: ProseMirrorNode): number {
  return typeof node.attrs.level === 'number' ? node.attrs.level : 2;
}

function hasMark(marks: readonly Mark[], name: string): boolean {
  return marks.some((mark) => mark.type.name === name);
}

function linkOf(marks: readonly Mark[]): string | null {
  const link = marks.find((mark) => mark.type.name === 'link');
  const href: unknown = link?.attrs.href;
  return typeof href === 'string' && safeHref(href) ? href : null;
}

/** Only links a reader can follow safely (no javascript:, no data:). */
export function safeHref(href: string): boolean {
  return /^(https?:|mailto:|tel:)/i.test(href.trim());
}

export function mentionText(node: ProseMirrorNode): string {
  return `@${String(node.attrs.label ?? '')}`;
}

export function inlineRuns(node: ProseMirrorNode): Run[] {
  const runs: Run[] = [];
  node.forEach((child) => {
    if (child.type.name === 'hardBreak') {
      runs.push({ kind: 'break' });
      return;
    }
    const text = child.isText
      ? (child.text ?? '')
      : child.type.name === 'mention'
        ? mentionText(child)
        : child.textContent;
    if (text === '') return;
    runs.push({
      kind: 'text',
      text,
      bold: hasMark(child.marks, 'bold'),
      italic: hasMark(child.marks, 'italic'),
      underline: hasMark(child.marks, 'underline'),
      strike: hasMark(child.marks, 'strike'),
      code: hasMark(child.marks, 'code'),
      href: linkOf(child.marks),
    });
  });
  return runs;
}

interface BlockContext {
  numbers: Map<ProseMirrorNode, string> | null;
  shift: number;
}

function toBlocks(parent: ProseMirrorNode, context: BlockContext): Block[] {
  const blocks: Block[] = [];
  parent.forEach((node) => {
    const block = toBlock(node, context);
    if (block) blocks.push(block);
  });
  return blocks;
}

function toBlock(node: ProseMirrorNode, context: BlockContext): Block | null {
  switch (node.type.name) {
    case 'heading':
      return {
        kind: 'heading',
        level: headingLevel(node) + context.shift,
        number: context.numbers?.get(node) ?? null,
        runs: inlineRuns(node),
      };
    case 'paragraph':
      return { kind: 'paragraph', runs: inlineRuns(node) };
    case 'bulletList':
    case 'orderedList': {
      const items: Block[][] = [];
      node.forEach((item) => items.push(toBlocks(item, context)));
      const start: unknown = node.attrs.start;
      return {
        kind: 'list',
        ordered: node.type.name === 'orderedList',
        start: typeof start === 'number' ? start : 1,
        items,
      };
    }
    case 'table': {
      const rows: TableCell[][] = [];
      node.forEach((row) => {
        const cells: TableCell[] = [];
        row.forEach((cell) =>
          cells.push({
            header: cell.type.name === 'tableHeader',
            blocks: toBlocks(cell, context),
          }),
        );
        rows.push(cells);
      });
      return { kind: 'table', rows };
    }
    case 'blockquote':
      return { kind: 'quote', blocks: toBlocks(node, context) };
    case 'codeBlock':
      return { kind: 'code', text: node.textContent };
    case 'horizontalRule':
      return { kind: 'rule' };
    default:
      return node.isTextblock
        ? { kind: 'paragraph', runs: inlineRuns(node) }
        : node.textContent === ''
          ? null
          : { kind: 'paragraph', runs: [plainRun(node.textContent)] };
  }
}

export function plainRun(text: string, bold = false): TextRun {
  return {
    kind: 'text',
    text,
    bold,
    italic: false,
    underline: false,
    strike: false,
    code: false,
    href: null,
  };
}

/**
 * The document's blocks under the export's title: heading levels are the
 * export's (see headingShift), with clause numbers when `numbered`.
 */
export function documentBlocks(doc: ProseMirrorNode, numbered: boolean): Block[] {
  return toBlocks(doc, { numbers: numbered ? clauseNumbers(doc) : null, shift: headingShift(doc) });
}

/**
 * How far the document's headings move down under the export's title (a
 * level-1 heading): by one when the document has level-1 headings of its
 * own, else none (templates start at level 2), so no heading level is
 * skipped, which screen readers and PDF/UA checks would flag.
 */
export function headingShift(doc: ProseMirrorNode): number {
  let shift = 0;
  doc.descendants((node) => {
    if (node.type.name === 'heading' && headingLevel(node) === 1) shift = 1;
    return shift === 0 && !node.isTextblock;
  });
  return shift;
}

/** The plain text of runs (a hard break is a newline). */
export function runsText(runs: Run[]): string {
  return runs.map((run) => (run.kind === 'break' ? '\n' : run.text)).join('');
}

/** The text of the document's last heading (where a closing block would continue), or null. */
export function lastHeadingText(doc: ProseMirrorNode): string | null {
  let last: string | null = null;
  doc.descendants((node) => {
    if (node.type.name === 'heading') last = node.textContent;
    return !node.isTextblock;
  });
  return last;
}
