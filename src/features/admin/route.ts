// Loaded on demand: only admins open the accounts and tokens screen.
export { AdminPage as Component } from './AdminPage'
