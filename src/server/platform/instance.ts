import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';

/** This process, as named in jobs.runner and schedule_runs.instance. */
export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
