// Connections of one person share one identity object while its details stay
// the same; a change of name or organisation gives a new one.
import { expect, it } from 'vitest';
import { ConnectionInterning } from './connectionInterning.js';

const alice = () => ({ userId: `u-${'a'.repeat(3)}`, name: 'Alice Ek', colour: '#0a7abc' });

it('shares the identity and id strings between connections of one person', () => {
  const interning = new ConnectionInterning();
  const first = interning.identity(alice());
  const second = interning.identity(alice());
  expect(second).toBe(first);
  expect(interning.id(`doc-${1}`)).toBe(interning.id(`doc-${1}`));
});

it('gives a new identity when the details changed, and leaves the old one as it was', () => {
  const interning = new ConnectionInterning();
  const before = interning.identity(alice());
  const renamed = interning.identity({ ...alice(), name: 'Alice Lind' });
  expect(renamed).not.toBe(before);
  expect(before.name).toBe('Alice Ek');
  expect(interning.identity({ ...alice(), name: 'Alice Lind' })).toBe(renamed);
  const withOrganisation = interning.identity({
    ...alice(),
    name: 'Alice Lind',
    organisation: 'Kommunen',
  });
  expect(withOrganisation).not.toBe(renamed);
  expect(withOrganisation.organisation).toBe('Kommunen');
});
