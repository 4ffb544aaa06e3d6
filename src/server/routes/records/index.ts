import type { FastifyInstance } from 'fastify';
import { ratingRoutes } from './ratings';
import { disciplineRoutes } from './disciplines';
import { inspectionRoutes } from './inspections';
import { initiativeRoutes } from './initiatives';
import { scienceTaskRoutes } from './science-tasks';
import { awardRoutes } from './awards';
import { timelineRoutes } from './timelines';
import { recordImportRoutes } from './imports';

/** /api/records/…: the records the eligibility engine judges, and the TĐKT record pages. */
export async function recordRoutes(app: FastifyInstance) {
  await app.register(ratingRoutes);
  await app.register(disciplineRoutes);
  await app.register(inspectionRoutes);
  await app.register(initiativeRoutes);
  await app.register(scienceTaskRoutes);
  await app.register(awardRoutes);
  await app.register(timelineRoutes);
  await app.register(recordImportRoutes);
}
