/**
 * The demo seed's people, as printed by the server and documented in the
 * README (SEED_DEMO=true). Two editors from different organisations, a
 * viewer, and the coordinator (admin).
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
    email: 'anna.lind@kommun.example',
    password: DEMO_PASSWORD,
    name: 'Anna Lind',
    organisation: 'Exempelkommunen',
  },
  ideaBasedEditor: {
    email: 'omar.haddad@idebur.example',
    password: DEMO_PASSWORD,
    name: 'Omar Haddad',
    organisation: 'Föreningen Vägen In',
  },
  viewer: {
    email: 'karin.berg@forsakringskassan.example',
    password: DEMO_PASSWORD,
    name: 'Karin Berg',
    organisation: 'Försäkringskassan',
  },
} satisfies Record<string, DemoLogin>;

export const demoWorkspaceName = /IOP/;
export const needsAnalysisTitle = /Behovsanalys/;
