/**
 * The roots of every query key. Each query's full key is built in its own file from these; a
 * change invalidates by root, so a list, a detail and any year are all refreshed together.
 */
export const targetsKey = ['targets'] as const
export const auditKey = ['audit'] as const
