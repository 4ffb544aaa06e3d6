import type { FastifyInstance, FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import { units } from '../../db/schema';
import { decide, type PolicyAction, type UnitNode } from '../../domain/policies';
import { AppError } from '../errors';
import { resolveSession, SESSION_COOKIE } from '../services/sessions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a user whose password was reset may still do: see who they are, change it, sign out. */
export const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set<PolicyAction>(['auth.me', 'auth.login', 'auth.logout', 'auth.changePassword', 'system.health', 'system.docs', 'system.docsSignedIn']);

/** Every registered route, with its policy, for the route-policy test and the docs. */
export const registeredRoutes: { method: string; url: string; policy: string | null }[] = [];

async function unitNodes(app: FastifyInstance, agencyId: string): Promise<UnitNode[]> {
  return app.ctx.database.db.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.agencyId, agencyId));
}

/**
 * Session → actor, CSRF check, then the route's policy. Runs before body validation and every
 * handler, so the public and unauthorised roles learn nothing from validation errors; a route with
 * no policy is refused outright (fail closed).
 */
export function registerAccessControl(app: FastifyInstance) {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('scope', null);
  app.decorateRequest('unitTree', null);

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      registeredRoutes.push({ method, url: route.url, policy: route.config?.policy?.action ?? null });
    }
  });

  app.addHook('preValidation', async (req: FastifyRequest) => {
    const url = req.routeOptions.url;
    if (!url || !url.startsWith('/api')) return; // static web assets
    const token = req.cookies[SESSION_COOKIE];
    let unitTree: UnitNode[] | undefined;
    if (token) {
      const resolved = await resolveSession(app.ctx.database.db, app.ctx.config, token);
      if (resolved) {
        req.actor = resolved.actor;
        req.session = resolved.session;
        unitTree = resolved.unitTree;
      }
    }
    // A public HTML form (config.formCsrf) checks its own per-render token and origin instead.
    if (!SAFE_METHODS.has(req.method) && !req.routeOptions.config?.formCsrf) {
      if (req.session) {
        if (req.headers['x-csrf-token'] !== req.session.csrfToken) throw new AppError('CSRF');
      } else if (!String(req.headers['content-type'] ?? '').startsWith('application/json') && !req.headers['x-csrf-token']) {
        // Without a session only JSON bodies are accepted: a cross-site form cannot send them.
        throw new AppError('CSRF');
      }
    }
    const policy = req.routeOptions.config?.policy;
    if (!policy) throw new AppError('FORBIDDEN', 'Đường dẫn này chưa được gán chính sách truy cập.');
    if (req.actor?.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(policy.action)) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    // Only a unit-scoped grant needs the unit tree (to expand its subtree); the session lookup
    // already brought it in that case.
    const nodes = req.actor?.grants.some((g) => g.unitId) ? (unitTree ?? (await unitNodes(app, req.actor.agencyId))) : [];
    const decision = decide(policy, req.actor, nodes);
    if (!decision.allowed) throw new AppError(decision.reason === 'unauthenticated' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    req.scope = decision.scope;
    req.unitTree = nodes;
  });
}
