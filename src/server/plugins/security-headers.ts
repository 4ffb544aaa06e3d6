import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';

/**
 * The browser's safety rules for every response (pages, assets, API):
 * - Content-Security-Policy: scripts only from the application's own origin, never inline; styles
 *   from the own origin plus inline styles, which antd's CSS-in-JS injects at run time (it cannot
 *   work without them); images also from data: URIs (the favicon) and blob: (previews);
 *   no plugins, no framing by any site (frame-ancestors 'none'), forms post only to the own origin.
 * - X-Frame-Options: DENY, X-Content-Type-Options: nosniff, Referrer-Policy: same-origin.
 * - Strict-Transport-Security only on a request that came over HTTPS (directly, or through a
 *   trusted proxy, VD_TRUST_PROXY): sent over plain HTTP on a LAN it would lock browsers out.
 * - Cache-Control: no-store on API answers (personal data and session tokens must not stay in a
 *   browser's or proxy's cache); the API documentation's static files may be cached.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export async function registerSecurityHeaders(app: FastifyInstance) {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    hsts: false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000');
    const url = req.url;
    if (url.startsWith('/api') && !url.startsWith('/api/docs/static')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
