/**
 * Công khai with kiến nghị (issue 6 item 6): the office publishes a round's list (summaries required),
 * the public reads exactly the published fields on a server-rendered page without signing in, sends a
 * kiến nghị (stored, the office notified with a mail queued), is rate limited per address, and the
 * office answers and publishes the answer. Withdrawn, unknown or another agency's lists are 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { disclosureFeedback } from '../../src/db/schema';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { addCandidate, closeProposalsWorld, mailsTo, newProposal, notificationsOf, proposalsWorld, type ProposalsWorld } from './proposals-fixture';

describe.each(databaseKinds)('public disclosure on %s', (kind) => {
  let database: Database;
  let w: ProposalsWorld;
  let roundId: string;
  const cand: Record<'an' | 'cuong', string> = { an: '', cuong: '' };
  let disclosureId = '';
  let cookie = '';
  let token = '';

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    w = await proposalsWorld(database);
    roundId = w.roundId;
    const p = (await newProposal(w, w.clients.focalA, w.units.A.id)).id;
    cand.an = (await addCandidate(w.clients.focalA, p, { personId: w.people.an.id, awardCode: 'LDTT' })).json().id;
    cand.cuong = (await addCandidate(w.clients.focalA, p, { personId: w.people.cuong.id, awardCode: 'LDTT' })).json().id;
    const sent = await w.clients.focalA.post(`/api/proposals/${p}/submit`);
    if (sent.statusCode !== 200) throw new Error(`submit: ${sent.statusCode} ${sent.body}`);
  });
  afterAll(async () => closeProposalsWorld(w, database));

  const put = (url: string, payload: unknown) => w.clients.office.request({ method: 'PUT', url, payload: payload as object });
  const form = (fields: Record<string, string>, headers: Record<string, string> = {}) => w.app.inject({
    method: 'POST', url: `/api/cong-khai/${disclosureId}/kien-nghi`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: 'http://localhost:80', host: 'localhost:80', ...headers },
    payload: new URLSearchParams({ _token: token, ...fields }).toString(),
  });

  it('publishing needs every summary: the error names the candidate, nothing is published', async () => {
    expect((await put(`/api/proposal-candidates/${cand.an}/summary`, { summary: 'Hoàn thành xuất sắc nhiệm vụ; 1 sáng kiến cấp cơ sở' })).statusCode).toBe(200);
    const res = await w.clients.office.post('/api/disclosures', { roundId });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Hoàng Văn Cường');
    expect(res.json().error.message).not.toContain('Nguyễn Văn An');
    expect((await w.clients.office.get('/api/disclosures')).json().items).toHaveLength(0);
    expect((await w.clients.focalA.post('/api/disclosures', { roundId })).statusCode).toBe(403);
  });

  it('publishes the list with a window of working days (agency setting, default 10)', async () => {
    expect((await put(`/api/proposal-candidates/${cand.cuong}/summary`, { summary: 'Hoàn thành tốt nhiệm vụ <b>2025</b>' })).statusCode).toBe(200);
    const res = await w.clients.office.post('/api/disclosures', { roundId });
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({ status: 'published', windowWorkingDays: 10, visible: true, entries: 2 });
    expect(d.items.map((e: { name: string }) => e.name).sort()).toEqual(['Hoàng Văn Cường', 'Nguyễn Văn An']);
    disclosureId = d.id;
    expect((await w.clients.office.post('/api/disclosures', { roundId })).statusCode).toBe(409);
    expect((await w.clients.director.get(`/api/disclosures/${disclosureId}`)).statusCode).toBe(200);
  });

  it('the public page (no sign-in, HTML, no script) shows exactly the published fields, escaped', async () => {
    const list = await w.app.inject({ method: 'GET', url: '/api/cong-khai' });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/api/cong-khai/${disclosureId}`);
    const res = await w.app.inject({ method: 'GET', url: `/api/cong-khai/${disclosureId}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Nguyễn Văn An');
    expect(res.body).toContain('Lao động tiên tiến');
    expect(res.body).toContain('Hoàn thành tốt nhiệm vụ &lt;b&gt;2025&lt;/b&gt;');
    expect(res.body).not.toContain('<script');
    expect(res.body).not.toContain('an.nv@so-khcn'); // no email, no birth date, no code
    expect(res.body).not.toContain(w.people.an.id);
    expect(res.body).not.toMatch(/Ngày sinh/);
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    const set = String(res.headers['set-cookie']);
    cookie = set.split(';')[0]!;
    token = cookie.split('=')[1]!;
    expect(res.body).toContain(`name="_token" value="${token}"`);
    const json = await w.app.inject({ method: 'GET', url: `/api/public/disclosures/${disclosureId}` });
    expect(json.statusCode).toBe(200);
    expect(Object.keys(json.json().entries[0]).sort()).toEqual(['awardLabel', 'id', 'name', 'summary', 'unitName']);
  });

  it('a kiến nghị is stored, the office is notified and a mail queued; a cross-site or tokenless post is refused', async () => {
    expect((await form({ senderName: 'Người dân', content: 'Giả mạo' }, { origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await form({ senderName: 'Người dân', content: 'Thiếu mã', _token: 'x'.repeat(32) })).statusCode).toBe(403);
    const entryId = (await w.app.inject({ method: 'GET', url: `/api/public/disclosures/${disclosureId}` })).json().entries.find((e: { name: string }) => e.name === 'Nguyễn Văn An').id;
    const res = await form({ senderName: 'Lê Văn Dân', contact: '0912 345 678', content: 'Anh An đi muộn nhiều lần trong năm 2025.', entryId });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain('Đã gửi kiến nghị');
    const rows = await database.db.select().from(disclosureFeedback).where(eq(disclosureFeedback.disclosureId, disclosureId));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.senderHash).not.toContain('127.0.0.1');
    expect((await notificationsOf(database, w.users.office.id, 'disclosure.feedback')).length).toBe(1);
    const mails = await mailsTo(database, 'hoa.tt@so-khcn.example.gov.vn');
    expect(mails.some((m) => m.subject.includes('Kiến nghị mới'))).toBe(true);
  });

  it('oversized content is refused naming the field, nothing stored', async () => {
    const res = await form({ senderName: 'Lê Văn Dân', content: 'a'.repeat(4001) });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Nội dung kiến nghị tối đa 4000 ký tự');
    expect(await database.db.select().from(disclosureFeedback)).toHaveLength(1);
  });

  it('more than 5 an hour from one address: answered in Vietnamese', async () => {
    for (let i = 0; i < 4; i++) expect((await form({ senderName: `Người ${i}`, content: `Ý kiến ${i}` })).statusCode).toBe(200);
    const res = await form({ senderName: 'Người 6', content: 'Ý kiến 6' });
    expect(res.statusCode).toBe(429);
    expect(res.body).toContain('Đã gửi quá nhiều kiến nghị');
    expect(await database.db.select().from(disclosureFeedback)).toHaveLength(5);
  });

  it('the office answers (required), publishes the answer: it shows on the public page', async () => {
    const list = (await w.clients.office.get(`/api/disclosures/${disclosureId}/feedback`)).json().items;
    expect(list).toHaveLength(5);
    const first = list.find((f: { senderName: string }) => f.senderName === 'Lê Văn Dân');
    expect((await put(`/api/disclosure-feedback/${first.id}/answer`, { answer: '' })).statusCode).toBe(400);
    expect((await w.clients.office.post(`/api/disclosure-feedback/${first.id}/publish`)).statusCode).toBe(409);
    expect((await put(`/api/disclosure-feedback/${first.id}/answer`, { answer: 'Đã xác minh: đơn vị xác nhận anh An đi làm đầy đủ.' })).statusCode).toBe(200);
    const after = (await w.clients.office.get(`/api/disclosures/${disclosureId}/feedback`)).json().items;
    expect(after[after.length - 1].id).toBe(first.id); // unanswered first
    expect((await w.app.inject({ method: 'GET', url: `/api/cong-khai/${disclosureId}` })).body).not.toContain('Đã xác minh');
    expect((await w.clients.office.post(`/api/disclosure-feedback/${first.id}/publish`)).statusCode).toBe(200);
    const page = await w.app.inject({ method: 'GET', url: `/api/cong-khai/${disclosureId}` });
    expect(page.body).toContain('Đã xác minh: đơn vị xác nhận anh An đi làm đầy đủ.');
    expect(page.body).not.toContain('0912 345 678');
  });

  it('another agency, an unknown id or a withdrawn list: 404', async () => {
    const other = '00000000-0000-4000-8000-000000000000';
    expect((await w.app.inject({ method: 'GET', url: `/api/cong-khai/${disclosureId}?agency=${other}` })).statusCode).toBe(404);
    expect((await w.app.inject({ method: 'GET', url: `/api/public/disclosures/${other}` })).statusCode).toBe(404);
    expect((await w.clients.office.post(`/api/disclosures/${disclosureId}/withdraw`, { reason: 'Sai danh sách' })).statusCode).toBe(200);
    const res = await w.app.inject({ method: 'GET', url: `/api/cong-khai/${disclosureId}` });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Không tìm thấy danh sách');
    expect((await form({ senderName: 'A', content: 'B' }, { 'x-forwarded-for': '10.0.0.9' })).statusCode).toBe(404);
  });
});
