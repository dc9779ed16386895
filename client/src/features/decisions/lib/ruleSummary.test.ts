import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { sv } from '../../../i18n/sv';
import { ruleSummary } from './ruleSummary';

const names: Record<string, string> = {
  kommun: 'Ängby kommun',
  af: 'Arbetsförmedlingen',
  fk: 'Försäkringskassan',
  fack: 'Kommunal',
};

describe('ruleSummary', () => {
  // The real Swedish texts through i18next (createI18n needs a DOM for <html lang>).
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { sv: { translation: sv } },
    lng: 'sv',
    initAsync: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  const summary = (approving: string[], rejecting: string[], awaiting: string[]) =>
    ruleSummary({
      result: { outcome: 'pending', approving, rejecting, awaiting },
      requiredCount: 5,
      nameOf: (id) => names[id] ?? id,
      t: i18n.t,
      language: 'sv',
    });

  it('says how many approved and whom it waits for, in Swedish', () => {
    expect(summary(['kommun', 'af', 'fack'], [], ['fk'])).toBe(
      '3 av 5 organisationer har godkänt; väntar på Försäkringskassan',
    );
  });

  it('names those who rejected and joins several names with "och"', () => {
    expect(summary(['kommun'], ['af'], ['fk', 'fack'])).toBe(
      '1 av 5 organisationer har godkänt; Arbetsförmedlingen har avslagit; väntar på Försäkringskassan och Kommunal',
    );
  });
});
