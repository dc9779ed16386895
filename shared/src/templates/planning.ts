/** Templates for the planning steps: needs, decision basis, project plan, target groups, risks. */
import { section, tableColumns } from './types.js';
import type { DocumentTemplate } from './types.js';

export const needsAnalysis: DocumentTemplate = {
  id: 'needs_analysis',
  name: { sv: 'Behovsanalys', en: 'Needs analysis' },
  description: {
    sv: 'För vem, varför nu och hur vi vet att det fungerar.',
    en: 'For whom, why now, and how we will know it works.',
  },
  sections: [
    section('needs', 'Behov och varför nu', 'Needs and why now', {
      sv: ['Vilket problem ska lösas?', 'Varför är det viktigt att agera just nu?'],
      en: ['What problem should be solved?', 'Why is it important to act now?'],
    }),
    section('current_situation', 'Nuläge', 'Current situation', {
      sv: ['Vad görs redan i dag, och av vem?', 'Vilka insatser finns hos respektive part?'],
      en: ['What is already done today, and by whom?', 'Which efforts does each party have?'],
    }),
    section('target_groups', 'Målgrupper och deras beredskap', 'Target groups and readiness', {
      sv: [
        'Vilka målgrupper gäller det (långtidsarbetslösa, nyanlända, unga, personer med funktionsnedsättning, personer med försörjningsstöd)?',
        'Är de redo för arbete eller behövs förberedande insatser?',
        'Behövs daglig verksamhet eller arbetsträningsplatser?',
      ],
      en: [
        'Which target groups are concerned (long-term unemployed, newly arrived, young people, people with disabilities, people on income support)?',
        'Are they ready for work or do they need preparation?',
        'Are daily activities or work-training places needed?',
      ],
    }),
    section('scope', 'Omfattning', 'Scope', {
      sv: ['Hur många personer och platser gäller det?', 'Vilka områden eller verksamheter ingår?'],
      en: ['How many people and places are concerned?', 'Which areas or operations are included?'],
    }),
    section('indicators', 'Uppföljningsindikatorer', 'Follow-up indicators', {
      sv: ['Hur vet vi att insatsen fungerar?', 'Vilka siffror följs upp (på aggregerad nivå)?'],
      en: ['How do we know the effort works?', 'Which figures are followed up (in aggregate)?'],
    }),
    section('stakeholders', 'Intressenter', 'Stakeholders', {
      sv: ['Vilka parter behöver vara med?', 'Vem är matchningsansvarig?'],
      en: ['Which parties need to take part?', 'Who is responsible for matching?'],
    }),
    section('timetable', 'Tidplan', 'Timetable', {
      sv: ['Vilka är de viktigaste milstolparna?'],
      en: ['What are the key milestones?'],
    }),
  ],
};

export const decisionBasis: DocumentTemplate = {
  id: 'decision_basis',
  name: {
    sv: 'Beslutsunderlag sysselsättningskrav',
    en: 'Decision basis: employment requirements',
  },
  description: {
    sv: 'Underlag för beslut om att ställa sysselsättningskrav i upphandlingar.',
    en: 'Basis for deciding to set employment requirements in procurements.',
  },
  sections: [
    section('readiness', 'Beredskap', 'Readiness gate', {
      sv: [
        'Finns ett ledningsbeslut?',
        'Finns en intresserad verksamhet?',
        'Är en matchningsansvarig utsedd?',
        'Finns ett regionalt nätverk att luta sig mot?',
      ],
      en: [
        'Is there a management decision?',
        'Is there an interested unit?',
        'Has a matching organisation been appointed?',
        'Is there a regional network to rely on?',
      ],
    }),
    section('criteria', 'Kriterier för avtal', 'Contract criteria', {
      sv: [
        'Löper avtalet längre än fyra månader (nationell vägledning: längre än ett år)?',
        'Är det personalintensivt och kräver mer än en anställd?',
        'Sysselsättningskrav eller dialogkrav?',
      ],
      en: [
        'Does the contract run longer than four months (national guidance: longer than a year)?',
        'Is it personnel-intensive, needing more than one employee?',
        'Employment requirement or dialogue requirement?',
      ],
    }),
    section('opportunities_risks', 'Möjligheter och risker', 'Opportunities and risks', {
      sv: ['Vad kan kravet ge?', 'Vad kan gå fel, och hur möter vi det?'],
      en: ['What can the requirement achieve?', 'What can go wrong, and how do we respond?'],
    }),
    section('recommendation', 'Rekommendation', 'Recommendation', {
      sv: ['Vad föreslås att beslutas?'],
      en: ['What is proposed for decision?'],
    }),
  ],
};

export const projectPlan: DocumentTemplate = {
  id: 'project_plan',
  name: { sv: 'Projektplan', en: 'Project plan' },
  description: {
    sv: 'Bakgrund, mål, organisation, tidplan och valda upphandlingar.',
    en: 'Background, goal, organisation, timetable and selected procurements.',
  },
  sections: [
    section('background', 'Bakgrund', 'Background', {
      sv: ['Varför startar projektet?'],
      en: ['Why does the project start?'],
    }),
    section('goal', 'Mål', 'Goal', {
      sv: ['Vad ska vara uppnått när projektet är klart?'],
      en: ['What will be achieved when the project is done?'],
    }),
    section('organisation', 'Organisation', 'Organisation', {
      sv: ['Vem sitter i styrgrupp, referensgrupp och arbetsgrupp?', 'Vem är samordnare?'],
      en: ['Who sits in the steering, reference and working groups?', 'Who is the coordinator?'],
    }),
    section('timetable', 'Tidplan', 'Timetable', {
      sv: ['Vilka är faserna och milstolparna?'],
      en: ['What are the phases and milestones?'],
    }),
    {
      ...section('procurements', 'Valda upphandlingar', 'Selected procurements', {
        sv: ['För varje upphandling: kategori, period, personal, kravvariant och ansvarig.'],
        en: ['For each procurement: category, period, staff, requirement variant and owner.'],
      }),
      table: tableColumns(
        ['Kategori', 'Category'],
        ['Period', 'Period'],
        ['Personal', 'Staff'],
        ['Kravvariant', 'Requirement variant'],
        ['Ansvarig', 'Owner'],
      ),
    },
    section('communication', 'Kommunikationsplan', 'Communication plan', {
      sv: ['Vem ska veta vad, när och hur – internt och externt?'],
      en: ['Who needs to know what, when and how – internally and externally?'],
    }),
  ],
};

export const targetGroupAnalysis: DocumentTemplate = {
  id: 'target_group_analysis',
  name: { sv: 'Målgruppsanalys', en: 'Target-group analysis' },
  description: {
    sv: 'Kartläggning av målgrupperna och deras väg till arbete.',
    en: 'A scan of the target groups and their path to work.',
  },
  sections: [
    section('groups', 'Målgrupper', 'Target groups', {
      sv: ['Vilka grupper finns i kommunen och hur stora är de?'],
      en: ['Which groups exist in the municipality and how large are they?'],
    }),
    section('readiness', 'Beredskap för arbete', 'Readiness for work', {
      sv: ['Vilka är redo för arbete nu, och vilka behöver förberedande insatser?'],
      en: ['Who is ready for work now, and who needs preparation?'],
    }),
    section('matching', 'Matchning', 'Matching', {
      sv: ['Vem hittar och förbereder kandidater?', 'Hur fungerar processen för målgruppen?'],
      en: ['Who finds and prepares candidates?', 'How does the target-group process work?'],
    }),
    section('gaps', 'Luckor och behov av insatser', 'Gaps and needed efforts', {
      sv: ['Vad saknas för att personerna ska kunna ta ett jobb?'],
      en: ['What is missing for people to be able to take a job?'],
    }),
  ],
};

export const riskAnalysis: DocumentTemplate = {
  id: 'risk_analysis',
  name: { sv: 'Riskanalys', en: 'Risk analysis' },
  description: {
    sv: 'Risker med sannolikhet, konsekvens, ägare, åtgärd och status.',
    en: 'Risks with likelihood, consequence, owner, mitigation and status.',
  },
  sections: [
    {
      ...section('risks', 'Risker', 'Risks', {
        sv: ['För varje risk: sannolikhet, konsekvens, ägare, åtgärd och status.'],
        en: ['For each risk: likelihood, consequence, owner, mitigation and status.'],
      }),
      table: tableColumns(
        ['Risk', 'Risk'],
        ['Sannolikhet', 'Likelihood'],
        ['Konsekvens', 'Consequence'],
        ['Ägare', 'Owner'],
        ['Åtgärd', 'Mitigation'],
        ['Status', 'Status'],
      ),
    },
    section('mitigation', 'Åtgärder', 'Mitigation', {
      sv: ['Vilka åtgärder prioriteras, och när följs de upp?'],
      en: ['Which mitigations come first, and when are they followed up?'],
    }),
  ],
};
