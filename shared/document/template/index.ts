/**
 * The template engine: writes a document's parts into a kommune's own Word template (ACOS WebSak,
 * Sikri Elements, Tieto Public 360). `inspectTemplate` lists the places a template offers;
 * `fillTemplate` writes a copy with the mapped parts in them. Runs in the browser and in Node.
 */
export { inspectTemplate } from './inspect'
export { fillTemplate } from './fill'
export type * from './types'
