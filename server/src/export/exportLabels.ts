/** The words an export prints around the document, Swedish first. */
import type { ExportLanguage } from './exportInput.js';

export interface ExportLabels {
  version: string;
  currentState: string;
  exported: string;
  page: (current: string, total: string) => string;
  signatures: string;
  signOffs: string;
  signaturesIntro: string;
  placeAndDate: string;
  signature: string;
  nameClarification: string;
  title: string;
  signedFor: (organisation: string) => string;
  signedNote: string;
  approval: string;
  approvalIntro: string;
  approver: string;
  organisation: string;
  date: string;
  contentHash: string;
}

const sv: ExportLabels = {
  version: 'Version',
  currentState: 'Aktuell lydelse',
  exported: 'Datum',
  page: (current, total) => `Sida ${current} av ${total}`,
  signatures: 'Underskrifter',
  signOffs: 'Godkännanden',
  signaturesIntro:
    'Detta avtal har upprättats i lika lydande exemplar, varav parterna tagit var sitt.',
  placeAndDate: 'Ort och datum',
  signature: 'Underskrift',
  nameClarification: 'Namnförtydligande',
  title: 'Titel',
  signedFor: (organisation) => `Godkänt för ${organisation}`,
  signedNote:
    'Godkännandet är registrerat i Samverka och bundet till versionens kontrollsumma. Det är inte en kvalificerad elektronisk underskrift.',
  approval: 'Justering',
  approvalIntro: 'Protokollet justeras av',
  approver: 'Justerare',
  organisation: 'Organisation',
  date: 'Datum',
  contentHash: 'Kontrollsumma för innehållet (SHA-256)',
};

const en: ExportLabels = {
  version: 'Version',
  currentState: 'Current wording',
  exported: 'Date',
  page: (current, total) => `Page ${current} of ${total}`,
  signatures: 'Signatures',
  signOffs: 'Sign-offs',
  signaturesIntro: 'This agreement has been drawn up in identical copies, one for each party.',
  placeAndDate: 'Place and date',
  signature: 'Signature',
  nameClarification: 'Name in print',
  title: 'Title',
  signedFor: (organisation) => `Approved for ${organisation}`,
  signedNote:
    'The approval is recorded in Samverka and bound to the checksum of this version. It is not a qualified electronic signature.',
  approval: 'Approval of the minutes',
  approvalIntro: 'The minutes are approved by',
  approver: 'Approver',
  organisation: 'Organisation',
  date: 'Date',
  contentHash: 'Checksum of the content (SHA-256)',
};

export function exportLabels(language: ExportLanguage): ExportLabels {
  return language === 'en' ? en : sv;
}

/** The date part of an ISO timestamp (2026-03-12), the form Swedish registrars file by. */
export function isoDay(timestamp: string): string {
  return timestamp.slice(0, 10);
}
