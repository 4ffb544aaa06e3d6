import type { FastifyInstance } from 'fastify';
import { healthRoutes } from './health';
import { authRoutes } from './auth';
import { unitRoutes } from './units';
import { peopleRoutes } from './people';
import { auditRoutes } from './audit';
import { userRoutes } from './users';

export async function registerRoutes(app: FastifyInstance) {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(unitRoutes);
  await app.register(peopleRoutes);
  await app.register(auditRoutes);
  await app.register(userRoutes);
}
