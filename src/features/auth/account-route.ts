// Loaded on demand: only signed-in users open their account page.
export { AccountPage as Component } from './AccountPage'
