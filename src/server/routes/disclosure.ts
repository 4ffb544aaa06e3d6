import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from '../../shared/zod-vi';
import { policies } from '../../domain/policies';
import { idParams } from '../../shared/schemas/common';
import {
  answerInput, disclosureDetail, disclosureList, feedbackList, feedbackView, publicDisclosure as publicDisclosureSchema, publicDisclosureList, publicQuery, publishInput, withdrawInput,
} from '../../shared/schemas/disclosure';
import { answerFeedback, disclosureDetail as readDisclosure, listDisclosures, listFeedback, publishAnswer, publishDisclosure, withdrawDisclosure, type DisclosureCtx } from '../services/disclosure/disclosure-service';
import { publicDisclosure, publicList, sendFeedback } from '../services/disclosure/public-service';
import { disclosurePage, errorPage, listPage, notFoundPage, PUBLIC_BASE, sentPage } from '../services/disclosure/pages';
import { notFound } from '../errors';

/** The per-render token of the public form, as a cookie (double submit: a cross-site page can neither read nor set it). */
const FORM_COOKIE = 'vd_cong_khai';
const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/**
 * Công khai danh sách đề nghị khen thưởng và kiến nghị (issue 6 item 6; tdkt-rules.md §8).
 *   /api/disclosures…           the office: publish a round's list, withdraw it, the lists (director reads)
 *   /api/disclosure-feedback…   the office: answer a kiến nghị, publish the answer
 *   /api/public/disclosures…    the public (no sign-in), JSON: the lists in their window
 *   /api/cong-khai…             the public, server-rendered HTML with the feedback form (no script)
 * The HTML pages live under /api because access control (policies, and the route-policy test) guards
 * /api only; a prettier /cong-khai alias is for the reverse proxy or a later change of that rule.
 */
export async function disclosureRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['disclosure'];
  const P = policies.disclosure;
  const ctxOf = (req: FastifyRequest): DisclosureCtx => ({ app: app.ctx, actor: req.actor! });

  // The public form posts application/x-www-form-urlencoded (a plain HTML form, no script). The field
  // limits are checked by the service, so the body limit only stops abuse.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  // ---- Office ---------------------------------------------------------------------------------------
  r.get('/api/disclosures', {
    config: { policy: P.read },
    schema: { tags, summary: 'Các danh sách đã công khai của cơ quan (mới nhất trước), số kiến nghị, số chưa trả lời', querystring: z.object({ roundId: idParams.shape.id.optional() }), response: { 200: disclosureList } },
  }, async (req) => listDisclosures(ctxOf(req), req.query));

  r.post('/api/disclosures', {
    config: { policy: P.manage },
    schema: {
      tags, summary: 'Công khai danh sách của một đợt xét: những người, tập thể Văn phòng chọn (đã chấp nhận hoặc đang chờ), hoặc mọi đề nghị chưa bị loại; mỗi người cần có tóm tắt thành tích',
      body: publishInput, response: { 201: disclosureDetail },
    },
  }, async (req, reply) => reply.status(201).send(await publishDisclosure(ctxOf(req), req.body)));

  r.get('/api/disclosures/:id', {
    config: { policy: P.read },
    schema: { tags, summary: 'Một danh sách công khai với những người, tập thể trong danh sách', params: idParams, response: { 200: disclosureDetail } },
  }, async (req) => readDisclosure(ctxOf(req), req.params.id));

  r.post('/api/disclosures/:id/withdraw', {
    config: { policy: P.manage },
    schema: { tags, summary: 'Rút danh sách công khai (người dân không còn thấy)', params: idParams, body: withdrawInput, response: { 200: disclosureDetail } },
  }, async (req) => withdrawDisclosure(ctxOf(req), req.params.id, req.body.reason));

  r.get('/api/disclosures/:id/feedback', {
    config: { policy: P.read },
    schema: { tags, summary: 'Kiến nghị về một danh sách: chưa trả lời trước', params: idParams, response: { 200: feedbackList } },
  }, async (req) => listFeedback(ctxOf(req), req.params.id));

  r.put('/api/disclosure-feedback/:id/answer', {
    config: { policy: P.manage },
    schema: { tags, summary: 'Trả lời (hoặc sửa câu trả lời) một kiến nghị; câu trả lời sửa lại chưa được công khai', params: idParams, body: answerInput, response: { 200: feedbackView } },
  }, async (req) => answerFeedback(ctxOf(req), req.params.id, req.body.answer));

  r.post('/api/disclosure-feedback/:id/publish', {
    config: { policy: P.manage },
    schema: { tags, summary: 'Công khai câu trả lời một kiến nghị trên trang danh sách', params: idParams, response: { 200: feedbackView } },
  }, async (req) => publishAnswer(ctxOf(req), req.params.id));

  // ---- Public, JSON ---------------------------------------------------------------------------------
  r.get('/api/public/disclosures', {
    config: { policy: P.publicRead },
    schema: { tags, summary: 'Các danh sách đề nghị khen thưởng đang công khai (không cần đăng nhập)', querystring: publicQuery, response: { 200: publicDisclosureList } },
  }, async (req) => publicList(app.ctx, req.query.agency));

  r.get('/api/public/disclosures/:id', {
    config: { policy: P.publicRead },
    schema: { tags, summary: 'Một danh sách đang công khai: người, tập thể, thời gian công khai, câu trả lời kiến nghị đã công khai', params: idParams, querystring: publicQuery, response: { 200: publicDisclosureSchema } },
  }, async (req) => {
    const d = await publicDisclosure(app.ctx, req.params.id, req.query.agency);
    if (!d) throw notFound('danh sách công khai');
    return d;
  });

  // ---- Public, HTML ---------------------------------------------------------------------------------
  const html = (reply: FastifyReply, status: number, body: string) => reply.status(status).type('text/html; charset=utf-8').send(body);
  const agencyOf = (q: unknown) => {
    const a = (q as { agency?: unknown } | undefined)?.agency;
    return typeof a === 'string' && /^[0-9a-f-]{36}$/i.test(a) ? a : undefined;
  };
  const formToken = (req: FastifyRequest, reply: FastifyReply) => {
    const existing = req.cookies[FORM_COOKIE];
    if (existing && TOKEN.test(existing)) return existing;
    const token = randomBytes(24).toString('base64url');
    reply.setCookie(FORM_COOKIE, token, { path: PUBLIC_BASE, httpOnly: true, sameSite: 'strict', secure: req.protocol === 'https', maxAge: 4 * 3600 });
    return token;
  };

  r.get(PUBLIC_BASE, {
    config: { policy: P.publicRead },
    schema: { tags, summary: 'Trang công khai (HTML): các danh sách đang công khai', hide: true },
  }, async (req, reply) => html(reply, 200, listPage(await publicList(app.ctx, agencyOf(req.query)))));

  r.get(`${PUBLIC_BASE}/:id`, {
    config: { policy: P.publicRead },
    schema: { tags, summary: 'Trang công khai (HTML): một danh sách, thời gian công khai, câu trả lời, biểu mẫu kiến nghị', hide: true },
  }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const d = await publicDisclosure(app.ctx, id, agencyOf(req.query));
    if (!d) return html(reply, 404, notFoundPage());
    return html(reply, 200, disclosurePage(d, { token: formToken(req, reply) }));
  });

  r.post(`${PUBLIC_BASE}/:id/kien-nghi`, {
    config: { policy: P.publicFeedback, formCsrf: true },
    schema: { tags, summary: 'Gửi kiến nghị từ biểu mẫu HTML (mã chống giả mạo theo lần hiển thị; giới hạn theo địa chỉ)', hide: true },
  }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const form = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, string | undefined>;
    const back = `${PUBLIC_BASE}/${encodeURIComponent(id)}`;
    // Same origin only: a browser sends Origin on a form POST; Sec-Fetch-Site when it knows.
    const origin = req.headers.origin;
    const crossSite = req.headers['sec-fetch-site'] === 'cross-site' || (origin !== undefined && origin !== 'null' && safeHost(origin) !== safeHost(`http://${req.headers.host ?? ''}`));
    const cookie = req.cookies[FORM_COOKIE];
    if (crossSite || origin === 'null' || !cookie || !TOKEN.test(cookie) || form._token !== cookie) {
      return html(reply, 403, errorPage('Biểu mẫu không hợp lệ', 'Biểu mẫu đã hết hạn hoặc không được gửi từ trang này. Vui lòng tải lại trang danh sách rồi gửi lại kiến nghị.', back));
    }
    const outcome = await sendFeedback(app.ctx, id, form, req.ip);
    if (outcome.ok) {
      const d = await publicDisclosure(app.ctx, id);
      return html(reply, 200, d ? sentPage(d) : notFoundPage());
    }
    if (outcome.kind === 'not_found') return html(reply, 404, notFoundPage());
    if (outcome.kind === 'rate_limited') {
      return html(reply, 429, errorPage('Đã gửi quá nhiều kiến nghị', 'Từ địa chỉ này đã gửi quá 5 kiến nghị trong một giờ. Vui lòng thử lại sau một giờ, hoặc liên hệ trực tiếp Văn phòng.', back));
    }
    const d = await publicDisclosure(app.ctx, id);
    if (!d) return html(reply, 404, notFoundPage());
    return html(reply, 400, disclosurePage(d, { token: cookie, values: form, problems: outcome.problems }));
  });
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
