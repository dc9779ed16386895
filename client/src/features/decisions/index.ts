// Public surface of the decisions feature (issue 12): its two pages (lazy chunks), the
// workspace home's "awaiting my organisation" list and what the editor shows of decisions.
export { DecisionPage } from './components/DecisionPage';
export { DecisionsRegisterPage } from './components/DecisionsRegisterPage';
