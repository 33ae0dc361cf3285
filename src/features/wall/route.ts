// Loaded on demand by the router: the wall display stays out of the desk dashboard's first load.
export { WallPage as Component } from './WallPage'
