/**
 * Markdown export with prosemirror-markdown: its CommonMark serializers
 * mapped to the editor's node names, plus GitHub-style tables, underline
 * (as <u>, Markdown has none), strike (~~), mentions (@name) and clause
 * numbers in headings. The header and closing block are Markdown too.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { defaultMarkdownSerializer, MarkdownSerializer } from 'prosemirror-markdown';
import type { MarkdownSerializerState } from 'prosemirror-markdown';
import { closingSection, headerLine } from './closingBlocks.js';
import type { ClosingSection } from './closingBlocks.js';
import type { ExportMetadata } from './exportInput.js';
import { exportLabels } from './exportLabels.js';
import {
  clauseNumbers,
  headingLevel,
  headingShift,
  lastHeadingText,
  mentionText,
  safeHref,
} from './exportModel.js';

type NodeSerializer = (
  state: MarkdownSerializerState,
  node: ProseMirrorNode,
  parent: ProseMirrorNode,
  index: number,
) => void;

const base = defaultMarkdownSerializer.nodes;

/** One table cell on one line: its blocks joined by <br>, pipes escaped. */
function cellText(serializer: MarkdownSerializer, cell: ProseMirrorNode): string {
  const text = serializer.serialize(cell, { tightLists: true }).trim();
  return text.replace(/\|/g, '\\|').replace(/\n+/g, '<br>') || ' ';
}

function tableSerializer(serializer: () => MarkdownSerializer): NodeSerializer {
  return (state, node) => {
    const rows: string[][] = [];
    node.forEach((row) => {
      const cells: string[] = [];
      row.forEach((cell) => cells.push(cellText(serializer(), cell)));
      rows.push(cells);
    });
    const width = Math.max(1, ...rows.map((row) => row.length));
    const line = (cells: string[]) =>
      `| ${Array.from({ length: width }, (_, i) => cells[i] ?? ' ').join(' | ')} |`;
    // GitHub tables need a header row: the first row is it (the editor's header row).
    const [header = [], ...body] = rows;
    state.write(line(header));
    state.ensureNewLine();
    state.write(line(Array.from({ length: width }, () => '---')));
    for (const row of body) {
      state.ensureNewLine();
      state.write(line(row));
    }
    state.closeBlock(node);
  };
}

function contentSerializer(numbered: ProseMirrorNode | null, shift: number): MarkdownSerializer {
  const numbers = numbered ? clauseNumbers(numbered) : new Map<ProseMirrorNode, string>();
  let self: MarkdownSerializer | null = null;
  const nodes: Record<string, NodeSerializer> = {
    doc: (state, node) => state.renderContent(node),
    paragraph: base.paragraph!,
    text: base.text!,
    blockquote: base.blockquote!,
    codeBlock: (state, node) => {
      // A fence longer than any run of backticks inside it.
      const longest = Math.max(
        2,
        ...(node.textContent.match(/`+/g) ?? []).map((run) => run.length),
      );
      const fence = '`'.repeat(longest + 1);
      state.write(`${fence}\n`);
      state.text(node.textContent, false);
      state.write(`\n${fence}`);
      state.closeBlock(node);
    },
    horizontalRule: (state, node) => {
      state.write('---');
      state.closeBlock(node);
    },
    heading: (state, node) => {
      const number = numbers.get(node);
      state.write(`${'#'.repeat(headingLevel(node) + shift)} ${number ? `${number} ` : ''}`);
      state.renderInline(node, false);
      state.closeBlock(node);
    },
    bulletList: (state, node) => state.renderList(node, '  ', () => '- '),
    orderedList: (state, node) => {
      const start = typeof node.attrs.start === 'number' ? node.attrs.start : 1;
      const maxWidth = String(start + node.childCount - 1).length;
      const space = ' '.repeat(maxWidth + 2);
      state.renderList(node, space, (i) => {
        const label = String(start + i);
        return `${' '.repeat(maxWidth - label.length)}${label}. `;
      });
    },
    listItem: (state, node) => state.renderContent(node),
    hardBreak: base.hard_break!,
    mention: (state, node) => state.text(mentionText(node)),
    table: tableSerializer(() => self!),
  };
  self = new MarkdownSerializer(
    nodes,
    {
      bold: defaultMarkdownSerializer.marks.strong!,
      italic: defaultMarkdownSerializer.marks.em!,
      code: defaultMarkdownSerializer.marks.code!,
      strike: { open: '~~', close: '~~', mixable: true, expelEnclosingWhitespace: true },
      underline: { open: '<u>', close: '</u>', mixable: true, expelEnclosingWhitespace: true },
      link: {
        open: (_state, mark) => (safeHref(String(mark.attrs.href)) ? '[' : ''),
        close: (_state, mark) => {
          const href = String(mark.attrs.href);
          return safeHref(href) ? `](${href.replace(/[()]/g, '\\$&')})` : '';
        },
      },
    },
    { hardBreakNodeName: 'hardBreak', strict: false },
  );
  return self;
}

function escapeLine(text: string): string {
  return text.replace(/([\\`*_[\]#|<>])/g, '\\$1');
}

function closingMarkdown(section: ClosingSection): string {
  const lines = section.heading ? [`## ${escapeLine(section.heading)}`, ''] : [];
  if (section.intro) lines.push(escapeLine(section.intro), '');
  for (const group of section.groups) {
    lines.push(`### ${escapeLine(group.title)}`, '');
    for (const field of group.fields) {
      lines.push(
        `${escapeLine(field.label)}: ${field.value ? escapeLine(field.value) : '\\_'.repeat(30)}  `,
      );
    }
    if (group.recorded) lines.push('', `*${escapeLine(group.recorded)}*`);
    lines.push('');
  }
  if (section.note) lines.push(`*${escapeLine(section.note)}*`, '');
  return lines.join('\n');
}

/**
 * The document as Markdown under its title (#); see headingShift for its headings' levels.
 */
export function renderMarkdown(doc: ProseMirrorNode, metadata: ExportMetadata): string {
  const labels = exportLabels(metadata.language);
  const parts = [
    `# ${escapeLine(metadata.documentTitle)}`,
    '',
    `*${escapeLine(headerLine(metadata))}*`,
    '',
  ];
  parts.push(
    contentSerializer(metadata.numbered ? doc : null, headingShift(doc))
      .serialize(doc, { tightLists: true })
      .trim(),
    '',
  );
  const closing = closingSection(metadata, lastHeadingText(doc));
  if (closing) parts.push(closingMarkdown(closing));
  if (metadata.contentHash) parts.push(`${labels.contentHash}: \`${metadata.contentHash}\``, '');
  return `${parts.join('\n').trimEnd()}\n`;
}
