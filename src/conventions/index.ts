export * from './words.js';
export * from './vocabulary.js';
export * from './paths.js';
export * from './lexicon.js';
