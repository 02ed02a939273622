/**
 * The database's name and newest schema version, without the database itself: the version check
 * at start (openCheck.ts) needs only these two, and importing database.ts would bring Dexie into
 * the first screen's JavaScript, where a first start does not need it (BENCHMARKS.md, issue 11).
 * database.ts declares its versions up to SCHEMA_VERSION, and test/unit/openCheck.test.ts checks
 * that the two agree.
 */
export const DATABASE_NAME = 'spleiselag'

export const SCHEMA_VERSION = 6
