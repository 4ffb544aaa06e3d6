import type { FastifyInstance } from 'fastify';
import { healthRoutes } from './health';
import { authRoutes } from './auth';
import { unitRoutes } from './units';
import { peopleRoutes } from './people';
import { auditRoutes } from './audit';
import { userRoutes } from './users';
import { peopleXlsxRoutes } from './people-xlsx';
import { jobRoutes } from './jobs';
import { recordRoutes } from './records';
import { eligibilityRoutes } from './eligibility';
import { notificationRoutes } from './notifications';
import { mailRoutes } from './mail';
import { attestationRoutes } from './attestations';
import { fileRoutes } from './files';
import { calendarRoutes } from './calendar';
import { proposalRoutes } from './proposals';
import { achievementReportRoutes } from './achievement-reports';

export async function registerRoutes(app: FastifyInstance) {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(unitRoutes);
  await app.register(peopleRoutes);
  await app.register(auditRoutes);
  await app.register(userRoutes);
  await app.register(peopleXlsxRoutes);
  await app.register(jobRoutes);
  await app.register(recordRoutes);
  await app.register(eligibilityRoutes);
  await app.register(notificationRoutes);
  await app.register(mailRoutes);
  await app.register(attestationRoutes);
  await app.register(fileRoutes);
  await app.register(calendarRoutes);
  await app.register(proposalRoutes);
  await app.register(achievementReportRoutes);
}
