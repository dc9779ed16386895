import { describe, expect, it } from 'vitest';
import { templateIds, templates } from './index.js';

describe('templates', () => {
  it('has one template per id, keyed by its own id', () => {
    expect(Object.keys(templates).sort()).toEqual([...templateIds].sort());
    for (const id of templateIds) expect(templates[id].id).toBe(id);
  });

  it('gives every section a unique key, both headings and questions in both languages', () => {
    for (const template of Object.values(templates)) {
      const keys = template.sections.map((s) => s.key);
      expect(new Set(keys).size, template.id).toBe(keys.length);
      for (const s of template.sections) {
        expect(s.heading.sv.length, `${template.id}.${s.key}`).toBeGreaterThan(0);
        expect(s.heading.en.length, `${template.id}.${s.key}`).toBeGreaterThan(0);
        expect(s.questions.sv.length, `${template.id}.${s.key}`).toBe(s.questions.en.length);
      }
    }
  });

  it('phrases every guiding question as a sentence that ends, so questions shown together read apart', () => {
    for (const template of Object.values(templates)) {
      for (const s of template.sections) {
        for (const question of [...s.questions.sv, ...s.questions.en]) {
          expect(question, `${template.id}.${s.key}`).toMatch(/[?.]$/);
        }
      }
    }
  });

  it('covers the IOP agreement clauses and only leaves the blank template empty', () => {
    expect(templates.iop_agreement.sections.map((s) => s.heading.sv)).toContain('Underskrifter');
    for (const template of Object.values(templates)) {
      if (template.id === 'blank') expect(template.sections).toEqual([]);
      else expect(template.sections.length).toBeGreaterThan(1);
    }
  });
});
