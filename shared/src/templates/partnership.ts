/** Templates for an idea-based public partnership: the agreement and its legal test. */
import { section } from './types.js';
import type { DocumentTemplate } from './types.js';

export const iopAgreement: DocumentTemplate = {
  id: 'iop_agreement',
  name: { sv: 'IOP-avtal', en: 'IOP agreement' },
  description: {
    sv: 'Avtal om idéburet offentligt partnerskap, klausul för klausul.',
    en: 'Agreement on an idea-based public partnership, clause by clause.',
  },
  sections: [
    section('parties', 'Parter', 'Parties', {
      sv: ['Vilka organisationer ingår partnerskapet (namn och organisationsnummer)?'],
      en: ['Which organisations enter the partnership (name and organisation number)?'],
    }),
    section('background', 'Bakgrund', 'Background', {
      sv: [
        'Hur uppstod initiativet, och på vems initiativ?',
        'Vilket politiskt program eller vilken plan hör det till?',
      ],
      en: [
        'How did the initiative arise, and on whose initiative?',
        'Which political programme or plan is it part of?',
      ],
    }),
    section('shared_values', 'Gemensamma värderingar', 'Shared values', {
      sv: [
        'Hur tillämpas Överenskommelsens sex principer: självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn, mångfald?',
      ],
      en: [
        'How are the six principles of the national agreement applied: independence and autonomy, dialogue, quality, long-term commitment, openness and transparency, diversity?',
      ],
    }),
    section('purpose', 'Syfte och mål', 'Purpose and goals', {
      sv: ['Vad vill parterna uppnå tillsammans?'],
      en: ['What do the parties want to achieve together?'],
    }),
    section('activity', 'Verksamhetens innehåll', 'Content of the activity', {
      sv: ['Vad görs, för vem och var?'],
      en: ['What is done, for whom and where?'],
    }),
    section('contributions', 'Parternas insatser och resurser', "Each party's contributions", {
      sv: ['Vad bidrar varje part med: pengar, lokaler, personal, ideell tid?'],
      en: ['What does each party contribute: money, premises, staff, volunteer time?'],
    }),
    section(
      'organisation',
      'Organisation och ansvarsfördelning',
      'Organisation and responsibilities',
      {
        sv: ['Hur styrs partnerskapet och vem ansvarar för vad?'],
        en: ['How is the partnership governed and who is responsible for what?'],
      },
    ),
    section('follow_up', 'Uppföljning och utvärdering', 'Follow-up and evaluation', {
      sv: ['Hur och när följer parterna upp tillsammans?'],
      en: ['How and when do the parties follow up together?'],
    }),
    section('finances', 'Ekonomi', 'Finances', {
      sv: ['Hur finansieras verksamheten och hur redovisas medlen?'],
      en: ['How is the activity financed and how are funds accounted for?'],
    }),
    section('term', 'Avtalstid och uppsägning', 'Term and notice', {
      sv: ['Hur länge gäller avtalet och vilken uppsägningstid gäller?'],
      en: ['How long does the agreement run and what notice period applies?'],
    }),
    section('changes', 'Ändringar', 'Changes', {
      sv: ['Hur görs ändringar i avtalet?'],
      en: ['How are changes to the agreement made?'],
    }),
    section(
      'disputes',
      'Omförhandling, upphörande och tvister',
      'Renegotiation, termination and disputes',
      {
        sv: ['Vad händer om förutsättningarna ändras eller parterna inte är överens?'],
        en: ['What happens if circumstances change or the parties disagree?'],
      },
    ),
    section('signatures', 'Underskrifter', 'Signatures', {
      sv: ['Namn, befattning, ort och datum för varje part.'],
      en: ['Name, position, place and date for each party.'],
    }),
  ],
};

const assessmentQuestions = {
  sv: [
    'Är kriteriet uppfyllt? Skriv bedömningen och varför.',
    'Vilket underlag bygger bedömningen på?',
    'Vem bedömde (person och organisation) och när?',
  ],
  en: [
    'Is the criterion met? Write the assessment and why.',
    'What evidence is the assessment based on?',
    'Who assessed it (person and organisation) and when?',
  ],
};

export const iopLegalTest: DocumentTemplate = {
  id: 'iop_legal_test',
  name: { sv: 'Rättslig prövning av IOP', en: 'IOP legal test' },
  description: {
    sv: 'Varje kriterium för ett IOP med bedömning, underlag, bedömare och datum.',
    en: 'Each IOP criterion with assessment, evidence, assessor and date.',
  },
  sections: [
    section('no_market', 'Ingen kommersiell marknad', 'No commercial market', assessmentQuestions),
    section(
      'co_financing',
      'Båda parter medfinansierar',
      'Both parties co-finance',
      assessmentQuestions,
    ),
    section(
      'non_profit',
      'Den idéburna parten är icke-vinstdrivande',
      'The idea-based party is non-profit',
      assessmentQuestions,
    ),
    section(
      'no_detail_governance',
      'Ingen detaljstyrning',
      'No detail governance by the public party',
      assessmentQuestions,
    ),
    section(
      'long_term',
      'Långsiktighet och gemensam utveckling',
      'Long-term and jointly developed',
      assessmentQuestions,
    ),
    section(
      'initiative',
      'Initiativ och politisk förankring',
      'Initiative and political programme',
      assessmentQuestions,
    ),
    section(
      'competence',
      'Kommunal kompetens och statsstöd',
      'Municipal competence and state aid',
      assessmentQuestions,
    ),
    section('conclusion', 'Slutsats', 'Conclusion', {
      sv: ['Är IOP rätt form, eller är det en upphandling eller ett bidrag?'],
      en: ['Is an IOP the right form, or is it a procurement or a grant?'],
    }),
  ],
};
