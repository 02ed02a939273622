// The main process writes through the same atomic write as the command line (node/atomicWrite.ts).
export { writeFileAtomic } from '../../node/atomicWrite'
