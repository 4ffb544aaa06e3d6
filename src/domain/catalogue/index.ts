export * from './legal-basis';
export * from './codes';
export * from './awards';
export * from './labels';
