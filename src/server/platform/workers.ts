/**
 * Every queue worker of the app, registered in this one place at start. A module adds one line
 * calling its own `registerXxxWorkers(ctx)`.
 */
import type { AppContext } from '../context';
import { registerJobWorkers } from '../services/jobs';
import { peopleImportJob } from '../services/people-import';
import { recordsImportJob } from '../services/records/import-service';
import { attestationsImportJob } from '../services/attestations/import-attestations';
import { registerMailWorkers } from './mail';

export async function registerWorkers(ctx: AppContext): Promise<void> {
  // User-facing jobs with progress (/api/jobs/:id): one definition per kind of work.
  await registerJobWorkers(ctx, [peopleImportJob, recordsImportJob, attestationsImportJob]);
  await registerMailWorkers(ctx);
}
