// Loaded on demand: only staff who enter figures download the entry screen.
export { EntryPage as Component } from './EntryPage'
