// The client build marks schema construction pure and nothing else: an unused schema can be
// dropped, a parse (which may be called only to throw) cannot.
import { describe, expect, it } from 'vitest';

import { annotateSchemas } from './pureSchemas';

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
});
