// Loaded on demand by the router, so the chart library stays out of the first load.
export { TargetDetailPage as Component } from './TargetDetailPage'
