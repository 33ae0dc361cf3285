import type { FigureStorage } from '../../src/writes/figure-store'
import { appendAudit, getAuditEntry } from '../audit/repository'
import type { Database } from '../db/database'
import { getTarget, listTargets } from '../targets/repository'
import { deleteObservation, listObservations, lockObservation, writeObservation } from './repository'

/** The write module's storage on PostgreSQL (PGlite or served): each unit of work is one transaction. */
export const sqlFigureStorage = (db: Database): FigureStorage => ({
  transaction: (fn) =>
    db.transaction((tx) =>
      fn({
        target: (year, id) => getTarget(tx, year, id),
        targets: (year) => listTargets(tx, year),
        figures: (year) => listObservations(tx, year),
        figure: (key) => lockObservation(tx, key),
        write: (key, value, actor, current) => writeObservation(tx, key, value, actor, current),
        remove: (key) => deleteObservation(tx, key),
        appendAudit: (entry) => appendAudit(tx, entry),
        auditEntry: (id) => getAuditEntry(tx, id),
      }),
    ),
})
