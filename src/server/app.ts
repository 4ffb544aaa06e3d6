import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import '../shared/zod-vi';
import { frameworkError, validationFields } from './validation-errors';
import { AppError, DomainError, httpError, validation } from './errors';
import { createPlatform, type AppOptions } from './platform/background';
import { registerAccessControl } from './plugins/access';
import { documentErrorResponses } from './plugins/error-responses';
import { registerInputGuard } from './plugins/input-guard';
import { registerSecurityHeaders } from './plugins/security-headers';
import { policies } from '../domain/policies';
import { registerRoutes } from './routes';
import { IMPORT_MAX_BYTES, isMultipartError, malformedMultipart } from './uploads';

/** The app, with its platform (queue workers and scheduler) started; app.close() stops them, waiting for running work. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const platform = createPlatform(options);
  const { ctx } = platform;
  const app = Fastify({
    logger: process.env.VD_LOG === '1' ? { level: 'info' } : false,
    trustProxy: ctx.config.trustProxy as boolean | string, // a hop count works too (Fastify's types omit it)
    bodyLimit: 20 * 1024 * 1024,
    frameworkErrors: frameworkError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('ctx', ctx);

  await app.register(cookie);
  await registerSecurityHeaders(app);
  // One file per request; each route passes its own size limit (uploads.ts), this is the ceiling.
  await app.register(multipart, { limits: { fileSize: Math.max(IMPORT_MAX_BYTES, ctx.config.fileMaxBytes), files: 1 } });
  app.addHook('onRoute', (route) => {
    // Swagger UI's own routes: public documentation in demo mode, signed-in users only in production.
    if (route.url.startsWith('/api/docs') && !route.config?.policy) {
      route.config = { ...(route.config ?? {}), policy: ctx.config.mode === 'production' ? policies.system.docsSignedIn : policies.system.docs };
      // Registered before the error handler below: refusals answer in the app's shape too.
      route.errorHandler = (err, req, reply) => app.errorHandler(err, req, reply);
    }
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'VinhDanh API', description: 'API của hệ thống quản lý thi đua, khen thưởng VinhDanh', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'vd_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  registerAccessControl(app);
  documentErrorResponses(app);
  registerInputGuard(app);

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = validationFields(err.validationContext, err.validation, req.routeOptions.schema as Record<string, unknown> | undefined);
      const e = validation(fields);
      return reply.status(e.status).send({ error: { code: e.code, message: e.message, fields: e.fields } });
    }
    const pgCode = (err as { cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code;
    if (pgCode === '23505') {
      return reply.status(409).send({ error: { code: 'CONFLICT', message: new AppError('CONFLICT').message, fields: [] } });
    }
    if (err instanceof DomainError) {
      // Every coded error (AppError, SettingsError, XlsxFileError, a state machine's INVALID_TRANSITION…).
      const { status, body } = httpError(err);
      return reply.status(status).send(body);
    }
    if (isMultipartError(err)) {
      // A broken multipart body that escaped the route's own reading (uploads.ts): the client's error.
      const e = malformedMultipart(err);
      return reply.status(e.status).send({ error: { code: e.code, message: e.message, fields: e.fields } });
    }
    if (err.statusCode && err.statusCode < 500) {
      const message = err.code === 'FST_REQ_FILE_TOO_LARGE' ? 'Tệp quá lớn (tối đa 20 MB).' : 'Yêu cầu không hợp lệ.';
      return reply.status(err.statusCode).send({ error: { code: 'VALIDATION', message, fields: [] } });
    }
    req.log.error(err);
    if (process.env.VD_LOG !== '1' && process.env.NODE_ENV !== 'test') console.error(err);
    return reply.status(500).send({ error: { code: 'INTERNAL', message: new AppError('INTERNAL').message, fields: [] } });
  });

  await registerRoutes(app);

  const webDir = ctx.config.webDir;
  if (fs.existsSync(path.join(webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'] });
    app.setNotFoundHandler((req, reply) => {
      if (req.url.startsWith('/api')) return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy đường dẫn API.', fields: [] } });
      // A missing script or style is a 404, not the app's page (which the browser would refuse as a script).
      if (req.url.startsWith('/assets/')) return reply.status(404).type('text/plain; charset=utf-8').send('Không tìm thấy tệp.');
      return reply.type('text/html').sendFile('index.html');
    });
  }
  await platform.start();
  app.addHook('onClose', () => platform.stop());
  return app;
}
