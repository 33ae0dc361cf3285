// Loaded on demand; the Excel reader inside it loads only when a workbook is chosen.
export { ImportPage as Component } from './ImportPage'
