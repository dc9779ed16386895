/**
 * The demo seed's people (server/src/seed/demoData.ts, SEED_DEMO=true):
 * the coordinator (admin, municipality), an editor from the idea-based
 * organisation, the union's commenter, and a viewer.
 */
export interface DemoLogin {
  email: string;
  password: string;
  name: string;
  organisation: string;
}

export const DEMO_PASSWORD = 'samverka-demo';

export const demo = {
  admin: {
    email: 'anna.lindqvist@angby.example.se',
    password: DEMO_PASSWORD,
    name: 'Anna Lindqvist',
    organisation: 'Ängby kommun',
  },
  ideaBasedEditor: {
    email: 'maria.berg@stadsmissionen.example.se',
    password: DEMO_PASSWORD,
    name: 'Maria Berg',
    organisation: 'Ängby Stadsmission',
  },
  unionCommenter: {
    email: 'johan.ek@kommunal.example.se',
    password: DEMO_PASSWORD,
    name: 'Johan Ek',
    organisation: 'Kommunal, sektion Ängby',
  },
  /** Arbetsförmedlingen's representative in the steering group (speaks for it). */
  afMember: {
    email: 'erik.johansson@arbetsformedlingen.example.se',
    password: DEMO_PASSWORD,
    name: 'Erik Johansson',
    organisation: 'Arbetsförmedlingen',
  },
  /** Försäkringskassan's member of the steering group (no mandate to speak for it). */
  fkMember: {
    email: 'sara.nilsson@forsakringskassan.example.se',
    password: DEMO_PASSWORD,
    name: 'Sara Nilsson',
    organisation: 'Försäkringskassan',
  },
  viewer: {
    email: 'lena.holm@angby.example.se',
    password: DEMO_PASSWORD,
    name: 'Lena Holm',
    organisation: 'Ängby kommun',
  },
} satisfies Record<string, DemoLogin>;

export const demoWorkspaceName = /IOP Vägen till arbete/;
export const needsAnalysisTitle = /Behovsanalys/;
export const iopAgreementTitle = /IOP-avtal/;
