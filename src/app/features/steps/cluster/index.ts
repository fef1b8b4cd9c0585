// The first screen: prerendered and hydrated at once (a lazy step would be replaced by its fallback when the form's
// first update reaches it before its code).
export { ClusterStep } from './cluster-step';
