export * from './states';
export * from './dossier';
export * from './quota';
