// The client build marks schema construction pure and nothing else: an unused schema can be
// dropped, a parse (which may be called only to throw) cannot.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { annotateSchemas, localSchemas } from './pureSchemas';

const PURE = '/* @__PURE__ */ ';

describe('annotateSchemas', () => {
  it('marks every chain that starts at z. or at a schema, nested ones too', () => {
    const source = [
      'export const aSchema = z.object({ name: z.string().min(1), role: roleSchema.optional() });',
      'export const bSchema = aSchema',
      '  .extend({ id: z.uuid() });',
    ].join('\n');
    expect(annotateSchemas(source)).toBe(
      [
        `export const aSchema = ${PURE}z.object({ name: ${PURE}z.string().min(1), role: ${PURE}roleSchema.optional() });`,
        `export const bSchema = ${PURE}aSchema`,
        `  .extend({ id: ${PURE}z.uuid() });`,
      ].join('\n'),
    );
  });

  it('leaves parsing, other names and members of other objects alone', () => {
    const source = [
      'const result = aSchema.safeParse(input);',
      'aSchema.parse(input);',
      'const roles = roleLabels.admin;',
      'const value = options.z.object();',
      'const count = pizza.length;',
    ].join('\n');
    expect(annotateSchemas(source)).toBe(source);
  });

  it('marks chains from a field imported from another module', () => {
    expect(annotateSchemas('const a = { bodyIds: bodyIdsField.default([]) };')).toBe(
      `const a = { bodyIds: ${PURE}bodyIdsField.default([]) };`,
    );
  });

  it("marks chains from the module's own constants built from a schema, through one another", () => {
    const source = [
      'const optionalTitle = titleText.optional();',
      'const titleText = z.string().trim();',
      'const longText: z.ZodString = z',
      '  .string();',
      'export const aSchema = z.object({ title: optionalTitle.nullable(), text: longText.max(9) });',
    ].join('\n');
    expect([...localSchemas(source)].sort()).toEqual([
      'aSchema',
      'longText',
      'optionalTitle',
      'titleText',
    ]);
    expect(annotateSchemas(source)).toBe(
      [
        `const optionalTitle = ${PURE}titleText.optional();`,
        `const titleText = ${PURE}z.string().trim();`,
        `const longText: ${PURE}z.ZodString = ${PURE}z`,
        '  .string();',
        `export const aSchema = ${PURE}z.object({ title: ${PURE}optionalTitle.nullable(), text: ${PURE}longText.max(9) });`,
      ].join('\n'),
    );
  });

  it('does not take a parsed value or another constant for a schema', () => {
    const source = [
      'const parsed = aSchema.parse(input);',
      'const size = items.length;',
      'parsed.save();',
      'size.toFixed();',
    ].join('\n');
    expect(localSchemas(source)).toEqual(new Set());
    expect(annotateSchemas(source)).toBe(source);
  });
});

// Another module's constant is known as a schema by its name alone: the annotation sees one
// module at a time.
describe('the shared package', () => {
  const sharedSource = fileURLToPath(new URL('../../shared/src', import.meta.url));
  const modules = readdirSync(sharedSource, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
  );

  it('names every schema it exports …Schema or …Field', () => {
    const misnamed = modules.flatMap((file) => {
      const source = readFileSync(path.join(sharedSource, file), 'utf8');
      return [...localSchemas(source)]
        .filter((name) => new RegExp(`export const ${name}\\b`).test(source))
        .filter((name) => !/(?:Schema|Field)$/.test(name))
        .map((name) => `${file}: ${name}`);
    });
    expect(modules.length).toBeGreaterThan(10);
    expect(misnamed).toEqual([]);
  });
});
