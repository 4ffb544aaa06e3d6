import type { Database } from '../db/client';
import type { Actor } from '../domain/auth/roles';
import type { Policy, Scope, UnitNode } from '../domain/policies';
import type { AppConfig } from './config';
import type { Clock } from './platform/clock';
import type { Queue } from './platform/queue';

export interface AppContext {
  database: Database;
  config: AppConfig;
  /** Durable background work (pg-boss): send inside a transaction, work in registered handlers. */
  queue: Queue;
  /** The time for business logic and schedules (a manual clock in tests). */
  clock: Clock;
}

export interface SessionInfo {
  tokenHash: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every route names its policy; a route without one is refused (and fails the route-policy test). */
    policy?: Policy;
    /** A public HTML form that checks its own CSRF token and origin (the disclosure feedback form). */
    formCsrf?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    session: SessionInfo | null;
    /** The scope the route's policy grants this actor (null for the public). */
    scope: Scope | null;
    /** The agency's unit tree when the actor has a unit-scoped grant (else empty): for per-object abilities. */
    unitTree: readonly UnitNode[] | null;
  }
  interface FastifyInstance {
    ctx: AppContext;
  }
}
