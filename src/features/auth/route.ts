// Loaded on demand: most visitors only read the dashboard.
export { LoginPage as Component } from './LoginPage'
