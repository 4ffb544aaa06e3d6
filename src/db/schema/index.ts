export * from './org';
export * from './auth';
export * from './audit';
export * from './jobs';
export * from './records';
export * from './council';
