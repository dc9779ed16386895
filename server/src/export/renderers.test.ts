// The three renderers on a document with headings, marks, nested lists and a
// table in Swedish: the text read back from the PDF (pdftotext) and the DOCX
// (its word/document.xml) holds every heading, paragraph, list item and cell
// with å/ä/ö intact; the PDF is tagged with headings, lists and tables in its
// structure tree, has its title and language, and numbers its pages; the
// Markdown parses back (markdown-it) to the same headings, lists and table.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readDocumentNode } from '../services/documentContent.js';
import { templateInitialUpdate } from '../services/templateContent.js';
import {
  exportFixtureDocument,
  exportFixtureMetadata,
  FIXTURE_HEADINGS,
  FIXTURE_LIST_ITEMS,
  FIXTURE_PARAGRAPHS,
  FIXTURE_TABLE,
} from '../test-support/exportFixture.js';
import { makeTempDir } from '../test-support/tempDir.js';
import type { ExportFormat, ExportMetadata } from './exportInput.js';
import { renderExport } from './exportRender.js';

const run = promisify(execFile);
let dir: { path: string; remove(): Promise<void> };

beforeAll(async () => {
  dir = await makeTempDir('samverka-export-');
});
afterAll(async () => {
  await dir.remove();
});

async function rendered(format: ExportFormat, metadata: Partial<ExportMetadata> = {}) {
  const bytes = await renderExport({
    format,
    content: exportFixtureDocument(),
    metadata: exportFixtureMetadata(metadata),
  });
  const path = join(dir.path, `${format}-${Math.random().toString(36).slice(2)}.${format}`);
  await writeFile(path, bytes);
  return { bytes, path };
}

/** Collapses whitespace: extracted text wraps lines and cells where the layout does. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

const EVERY_TEXT = [
  ...FIXTURE_HEADINGS,
  ...FIXTURE_PARAGRAPHS,
  ...FIXTURE_LIST_ITEMS,
  ...FIXTURE_TABLE.flat(),
  'Första steget',
  'Ändamål',
  '@Åsa Öberg',
];

describe('PDF export', () => {
  it('holds every heading, paragraph, list item and cell with å/ä/ö, clause numbers and page numbers', async () => {
    const { path } = await rendered('pdf');
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
    const text = flat(stdout);
    for (const expected of EVERY_TEXT) expect(text).toContain(flat(expected));
    // A hard break starts a new line at the paragraph's left edge, in reading order.
    expect(stdout).toMatch(/nästa år\.\nKontakt: @Åsa Öberg via kommunens webbplats/);
    expect(text).toContain('1 Parter och ändamål');
    expect(text).toContain('1.1 Ändamål');
    expect(text).toContain('Järfälla IOP – Språkvänner');
    expect(text).toContain('Utkast till styrgruppen 12 mars');
    expect(text).toMatch(/Sida 1 av \d/);
    // The IOP agreement ends with one signature block per party.
    expect(text).toContain('Underskrifter');
    expect(text).toContain('Föreningen Språkvänner');
    expect(text).toContain('Namnförtydligande');
  });

  it('is tagged, with title, language and headings, lists and tables in its structure tree', async () => {
    const { path, bytes } = await rendered('pdf');
    const { stdout: info } = await run('pdfinfo', [path]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+IOP-avtal för språkcaféer/);
    const { stdout: structure } = await run('pdfinfo', ['-struct', path]);
    for (const tag of [
      'H1',
      'H2',
      'H3',
      'P',
      'L',
      'LI',
      'Lbl',
      'LBody',
      'Table',
      'TR',
      'TH',
      'TD',
    ]) {
      expect(structure).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
    }
    // The document's level-2 clauses sit right under the title: no heading level is skipped.
    expect(structure).not.toMatch(/^\s*H4\b/m);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toContain('/Lang (sv-SE)');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toMatch(
      /\/Subtype \/Link[^>]*\/StructParent \d+|\/StructParent \d+[^>]*\/Subtype \/Link/,
    );
  });

  it('prints recorded sign-offs and the content hash when given', async () => {
    const { path } = await rendered('pdf', {
      signOffs: [
        {
          organisation: 'Järfälla kommun',
          name: 'Eva Ek',
          title: 'Förvaltningschef',
          date: '2026-03-13T10:00:00Z',
        },
      ],
      contentHash: 'c0ffee'.padEnd(64, '0'),
    });
    const text = flat((await run('pdftotext', ['-enc', 'UTF-8', path, '-'])).stdout);
    expect(text).toContain('Godkänt för Järfälla kommun: Eva Ek, Förvaltningschef, 2026-03-13');
    expect(text).toContain('c0ffee'.padEnd(64, '0'));
    expect(text).toContain('inte en kvalificerad elektronisk underskrift');
  });

  it('ends minutes with the approval (justering) block and has no clause numbers when off', async () => {
    const { path } = await rendered('pdf', {
      template: 'minutes',
      numbered: false,
      approvers: [{ name: 'Karin Åberg', organisation: 'Järfälla kommun', date: null }],
    });
    const text = flat((await run('pdftotext', ['-enc', 'UTF-8', path, '-'])).stdout);
    expect(text).toContain('Justering');
    expect(text).toContain('Karin Åberg');
    expect(text).not.toContain('Underskrifter');
    expect(text).not.toContain('1 Parter och ändamål');
  });
});

describe('long tables', () => {
  it('keeps every row and repeats the header row on each new page', async () => {
    const row = (cells: string[], type: 'tableHeader' | 'tableCell') => ({
      type: 'tableRow',
      content: cells.map((text) => ({
        type,
        content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
      })),
    });
    const content = {
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [
            row(['Insats', 'Ansvarig part'], 'tableHeader'),
            ...Array.from({ length: 90 }, (_, i) =>
              row([`Insats nr ${i + 1}`, 'Föreningen'], 'tableCell'),
            ),
          ],
        },
      ],
    };
    const path = join(dir.path, 'long-table.pdf');
    await writeFile(
      path,
      await renderExport({
        format: 'pdf',
        content,
        metadata: exportFixtureMetadata({ template: 'blank' }),
      }),
    );
    const pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [path])).stdout)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const all = flat((await run('pdftotext', ['-enc', 'UTF-8', path, '-'])).stdout);
    for (let i = 1; i <= 90; i++) expect(all).toContain(`Insats nr ${i} `);
    for (let page = 2; page <= pages; page++) {
      const text = (
        await run('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-'])
      ).stdout;
      expect(text).toContain('Ansvarig part');
    }
  });
});

describe('closing blocks on the templates', () => {
  it('continues the IOP agreement template\'s own "Underskrifter" section with one block per party', async () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, templateInitialUpdate('iop_agreement')!);
    const bytes = await renderExport({
      format: 'pdf',
      content: readDocumentNode(doc).toJSON(),
      metadata: exportFixtureMetadata({ parties: ['Ängby kommun', 'Ängby Stadsmission'] }),
    });
    const path = join(dir.path, 'iop-template.pdf');
    await writeFile(path, bytes);
    const text = flat((await run('pdftotext', ['-enc', 'UTF-8', path, '-'])).stdout);
    expect(text.match(/Underskrifter/g)).toHaveLength(1);
    expect(text).toContain('13 Underskrifter');
    expect(text.match(/Namnförtydligande/g)).toHaveLength(2);
    expect(text).toContain('Ängby Stadsmission');
  });
});

describe('DOCX export', () => {
  it('holds every heading, paragraph, list item and cell with å/ä/ö, a header and page-number fields', async () => {
    const { path } = await rendered('docx');
    const { stdout: xml } = await run('unzip', ['-p', path, 'word/document.xml'], {
      maxBuffer: 1 << 24,
    });
    const text = flat(
      xml
        .replace(/<w:tab\/>|<w:br\/>|<\/w:p>/g, ' ')
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&'),
    );
    for (const expected of EVERY_TEXT) expect(text).toContain(flat(expected));
    expect(xml).toContain('w:val="Heading2"');
    expect(xml).toContain('<w:tblHeader/>');
    const { stdout: listing } = await run('unzip', ['-l', path]);
    const footer = listing.match(/word\/footer\d*\.xml/)?.[0];
    expect(footer).toBeDefined();
    const { stdout: footerXml } = await run('unzip', ['-p', path, footer!]);
    expect(footerXml).toContain('PAGE');
    expect(footerXml).toContain('NUMPAGES');
    expect(footerXml).toContain('Sida');
    const header = listing.match(/word\/header\d*\.xml/)?.[0];
    const { stdout: headerXml } = await run('unzip', ['-p', path, header!]);
    expect(headerXml).toContain('Utkast till styrgruppen 12 mars');
  });
});

describe('Markdown export', () => {
  it('parses back to the same headings, nested lists and table', async () => {
    const { bytes } = await rendered('md');
    const markdown = new TextDecoder().decode(bytes);
    const tokens = new MarkdownIt().parse(markdown, {});
    const inlineAfter = (type: string) =>
      tokens.flatMap((token, index) => (token.type === type ? [tokens[index + 1]!.content] : []));
    expect(inlineAfter('heading_open')).toEqual(
      expect.arrayContaining([
        'IOP-avtal för språkcaféer',
        `1 ${FIXTURE_HEADINGS[0]}`,
        '1.1 Ändamål',
        `2 ${FIXTURE_HEADINGS[1]}`,
        'Underskrifter',
      ]),
    );
    const listItems = tokens
      .filter((token) => token.type === 'inline' && token.level >= 3)
      .map((t) => t.content);
    expect(listItems).toEqual(expect.arrayContaining([...FIXTURE_LIST_ITEMS, 'Första steget']));
    expect(tokens.filter((token) => token.type === 'ordered_list_open')).toHaveLength(1);
    const cells = tokens
      .filter(
        (token, index) =>
          tokens[index - 1]?.type === 'th_open' || tokens[index - 1]?.type === 'td_open',
      )
      .map((token) => token.content);
    expect(cells).toEqual(FIXTURE_TABLE.flat());
    expect(markdown).toContain('**och föreningen**');
    expect(markdown).toContain('[kommunens webbplats](https://example.se/iop)');
  });
});
