// The method pages, imported only by lazyPages.tsx so charts and forms load when opened.
export { DashboardPage } from './dashboard/DashboardPage';
export { LegalTestPage } from './legalTest/LegalTestPage';
export { PrinciplesPage } from './principles/PrinciplesPage';
export { ProcurementsPage } from './procurement/ProcurementsPage';
