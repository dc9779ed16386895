// Public surface of the method feature (issue 15): the stepper and progress for the
// workspace screens, and the method pages (each loaded lazily, see lazyPages.tsx).
export { ProcessStepper } from './process/ProcessStepper';
export { ProcessProgress } from './process/ProcessProgress';
export { MethodLinks } from './components/MethodLinks';
export { MethodOverview } from './overview/MethodOverview';
