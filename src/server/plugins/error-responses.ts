import type { FastifyInstance } from 'fastify';
import { errorBody } from '../../shared/schemas/common';

/**
 * Every API route documents (and is held to) one error response: `errorBody`,
 * `{ error: { code, message, fields?, details? } }`, for its 4xx and 5xx answers. The error handler
 * in app.ts writes exactly that for every `DomainError`, validation error and unexpected failure.
 */
export function documentErrorResponses(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.url.startsWith('/api/docs')) return;
    const schema = (route.schema ??= {}) as { response?: Record<string, unknown> };
    const response = (schema.response ??= {});
    response['4xx'] ??= errorBody;
    response['5xx'] ??= errorBody;
  });
}
