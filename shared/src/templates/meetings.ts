/** Templates for follow-up, minutes and a blank page. */
import { section } from './types.js';
import type { DocumentTemplate } from './types.js';

export const followUpReport: DocumentTemplate = {
  id: 'follow_up_report',
  name: { sv: 'Uppföljningsrapport', en: 'Follow-up report' },
  description: {
    sv: 'Uppföljning av sysselsättningskrav, endast aggregerade siffror.',
    en: 'Follow-up of employment requirements, aggregate figures only.',
  },
  sections: [
    section('period', 'Period', 'Period', {
      sv: ['Vilken period avser rapporten?'],
      en: ['Which period does the report cover?'],
    }),
    section('jobs_started', 'Påbörjade anställningar', 'Jobs started', {
      sv: ['Hur många anställningar har påbörjats? Ange endast antal, inga personuppgifter.'],
      en: ['How many jobs have started? Give numbers only, no personal data.'],
    }),
    section('months_delivered', 'Levererade heltidsmånader', 'Full-time months delivered', {
      sv: ['Hur många heltidsmånader har levererats mot avtalat antal?'],
      en: ['How many full-time months were delivered against the agreed number?'],
    }),
    section('deviations', 'Avvikelser och åtgärder', 'Deviations and actions', {
      sv: ['Vad har avvikit från plan och vad görs åt det?'],
      en: ['What deviated from the plan and what is being done?'],
    }),
  ],
};

export const minutes: DocumentTemplate = {
  id: 'minutes',
  name: { sv: 'Mötesprotokoll', en: 'Minutes' },
  description: {
    sv: 'Närvaro, dagordning, beslut och justering.',
    en: 'Attendance, agenda, decisions and approval of the minutes.',
  },
  sections: [
    section('attendance', 'Närvarande', 'Attendance', {
      sv: ['Vilka deltog, per organisation?'],
      en: ['Who attended, per organisation?'],
    }),
    section('agenda', 'Dagordning', 'Agenda', {
      sv: ['Vilka punkter behandlades?'],
      en: ['Which items were discussed?'],
    }),
    section('decisions', 'Beslut', 'Decisions', {
      sv: ['Vad beslutades, och hur fattades varje beslut (konsensus, majoritet, ledande part)?'],
      en: [
        'What was decided, and how was each decision reached (consent, majority, lead authority)?',
      ],
    }),
    section('approval', 'Justering', 'Approval of the minutes', {
      sv: ['Vilka justerar protokollet? När protokollet är justerat låses det.'],
      en: ['Who approves the minutes? Once approved, the minutes are locked.'],
    }),
  ],
};

export const blank: DocumentTemplate = {
  id: 'blank',
  name: { sv: 'Tomt dokument', en: 'Blank document' },
  description: { sv: 'Börja från en tom sida.', en: 'Start from an empty page.' },
  sections: [],
};
