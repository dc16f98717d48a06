// The matching engine: pure TypeScript, no I/O. See README.md in this folder.
export * from './types';
export { parseInstance, InvalidInstanceError } from './parse';
export { readInstanceJson } from './read';
export { solve } from './solve';
export { PinConflictError } from './pins';
export { DEFAULT_WEIGHTS, effectiveWeights, levelCredit, weighsNothing } from './score';
export { explainAnyPair, type PairExplanation } from './pair-explain';
export { unservedFor } from './reasons';
