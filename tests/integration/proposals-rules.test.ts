/**
 * The rules around proposals: the award must be in the round's scope, duplicates are refused naming the
 * other proposal (same subject and award; the same person proposed by two units), candidates come from
 * the proposer's subtree, another unit's proposal is "not found", the agency's quotas are checked per
 * unit at submission with their rounding, rounds move only along their state machine, and the units
 * that have not submitted are reminded N working days before the deadline. Each refusal changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { agencySettings, proposalCandidates, reviewRounds } from '../../src/db/schema';
import { sendDeadlineReminders } from '../../src/server/services/proposals/rounds';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { addCandidate, closeProposalsWorld, mailsTo, newProposal, notificationsOf, proposalsWorld, state, type ProposalsWorld } from './proposals-fixture';

describe.each(databaseKinds)('proposal rules on %s', (kind) => {
  let database: Database;
  let w: ProposalsWorld;
  let proposalA: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    w = await proposalsWorld(database);
    proposalA = (await newProposal(w, w.clients.focalA, w.units.A.id)).id;
  });
  afterAll(async () => closeProposalsWorld(w, database));

  const candidatesIn = async (proposalId: string) => (await state(database, proposalId)).candidates.length;

  it('an award outside the round is refused naming the field and the round, and nothing is added', async () => {
    const res = await addCandidate(w.clients.focalA, proposalA, { personId: w.people.an.id, awardCode: 'BK_TINH' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'awardCode', field: 'Danh hiệu, hình thức khen thưởng' });
    expect(res.json().error.message).toMatch(/không thuộc đợt xét "Xét khen thưởng công trạng năm 2025"/);
    expect(await candidatesIn(proposalA)).toBe(0);
  });

  it('an award for collectives asked for a person is refused naming the field', async () => {
    const res = await addCandidate(w.clients.focalA, proposalA, { personId: w.people.an.id, awardCode: 'TTLDTT' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/chỉ xét tặng cho tập thể/);
  });

  it('the same person and award twice in the round: refused naming the other proposal', async () => {
    expect((await addCandidate(w.clients.focalA, proposalA, { personId: w.people.an.id, awardCode: 'LDTT' })).statusCode).toBe(201);
    const second = (await newProposal(w, w.clients.headA, w.units.A.id, 'Tờ trình bổ sung')).id;
    const res = await addCandidate(w.clients.headA, second, { personId: w.people.an.id, awardCode: 'LDTT' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CONFLICT');
    expect(res.json().error.message).toBe('Đã được đề nghị Lao động tiên tiến trong đợt này, ở hồ sơ «Tờ trình đề nghị khen thưởng năm 2025» của Phòng Quản lý khoa học (Đang soạn).');
    expect(res.json().error.details).toMatchObject({ proposalId: proposalA });
    expect(await candidatesIn(second)).toBe(0);
    // Another award for the same person in the same unit is fine (LĐTT and CSTĐCS go together).
    expect((await addCandidate(w.clients.headA, second, { personId: w.people.an.id, awardCode: 'CSTDCS' })).statusCode).toBe(201);
  });

  it('the same person proposed by two units in the round: refused naming the other unit and proposal', async () => {
    expect((await addCandidate(w.clients.focalA, proposalA, { personId: w.people.cuong.id, awardCode: 'LDTT' })).statusCode).toBe(201);
    const byTeam = (await newProposal(w, w.clients.focalA1, w.units.A1.id, 'Tờ trình của Tổ')).id;
    const res = await addCandidate(w.clients.focalA1, byTeam, { personId: w.people.cuong.id, awardCode: 'GK_SO' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/^Cán bộ này đã được Phòng Quản lý khoa học đề nghị trong đợt này, ở hồ sơ «Tờ trình đề nghị khen thưởng năm 2025»/);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'personId', field: 'Cán bộ' });
    expect(await candidatesIn(byTeam)).toBe(0);
  });

  it('candidates come from the proposing unit\'s subtree only', async () => {
    const res = await addCandidate(w.clients.focalA, proposalA, { personId: w.people.dung.id, awardCode: 'LDTT' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'personId', field: 'Cán bộ', message: 'Không phải cán bộ của Phòng Quản lý khoa học (hoặc đơn vị trực thuộc).' });
    const unit = await addCandidate(w.clients.focalA, proposalA, { unitId: w.units.B.id, awardCode: 'TTLDTT' });
    expect(unit.statusCode).toBe(400);
    expect(unit.json().error.fields[0].field).toBe('Tập thể');
    const outside = await w.clients.focalA.post('/api/proposals', { roundId: w.roundId, unitId: w.units.B.id });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields[0]).toMatchObject({ path: 'unitId', field: 'Đơn vị đề nghị' });
  });

  it('another unit\'s proposal is "not found" for reading, changing and submitting; lists hold only one\'s own', async () => {
    const before = await state(database, proposalA);
    for (const res of [
      await w.clients.focalB.get(`/api/proposals/${proposalA}`),
      await w.clients.focalB.patch(`/api/proposals/${proposalA}`, { title: 'Đổi tên' }),
      await w.clients.focalB.post(`/api/proposals/${proposalA}/submit`),
      await addCandidate(w.clients.focalB, proposalA, { personId: w.people.dung.id, awardCode: 'LDTT' }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    const cand = before.candidates[0]!.id;
    expect((await w.clients.focalB.get(`/api/proposal-candidates/${cand}`)).statusCode).toBe(404);
    expect((await w.clients.focalB.get(`/api/proposal-candidates/${cand}/timeline`)).statusCode).toBe(404);
    expect((await w.clients.focalB.get('/api/proposals')).json().items).toEqual([]);
    expect((await w.clients.focalA1.get('/api/proposals')).json().items.map((p: { unitId: string }) => p.unitId)).toEqual([w.units.A1.id]);
    expect((await w.clients.director.get(`/api/proposals/${proposalA}`)).statusCode).toBe(200);
    expect(await state(database, proposalA)).toEqual(before);
  });

  it('quotas are checked per unit at submission and shown with their rounding', async () => {
    await database.db.insert(agencySettings).values({ agencyId: w.agency.id, key: 'quota.CSTDCS', value: { pct: 15, base: 'LDTT' }, effectiveFrom: '2024-01-01', note: 'Quy chế TĐKT của Sở' });
    const pc = (await newProposal(w, w.clients.focalC, w.units.C.id)).id;
    for (const p of [w.people.c1, w.people.c2, w.people.c3]) expect((await addCandidate(w.clients.focalC, pc, { personId: p.id, awardCode: 'LDTT' })).statusCode).toBe(201);
    expect((await addCandidate(w.clients.focalC, pc, { personId: w.people.c1.id, awardCode: 'CSTDCS' })).statusCode).toBe(201);
    const before = await state(database, pc);
    const refused = await w.clients.focalC.post(`/api/proposals/${pc}/submit`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe(
      'Vượt hạn mức của cơ quan: Chiến sĩ thi đua cơ sở: tối đa 15% số cá nhân được đề nghị Lao động tiên tiến (3) = 0,45, làm tròn xuống còn 0; đơn vị đề nghị 1 — vượt hạn mức.',
    );
    expect(refused.json().error.details.quotas[0]).toMatchObject({ cap: 0, proposed: 1, over: true, roundingMode: 'FLOOR' });
    expect(await state(database, pc)).toEqual(before);

    await database.db.insert(agencySettings).values({ agencyId: w.agency.id, key: 'roundingMode', value: 'CEIL', effectiveFrom: '2024-01-01', note: 'Làm tròn lên' });
    const ok = await w.clients.focalC.post(`/api/proposals/${pc}/submit`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().quotas).toEqual([expect.objectContaining({ award: 'CSTDCS', baseCount: 3, cap: 1, proposed: 1, over: false, roundingMode: 'CEIL' })]);
    expect(ok.json().proposal.quotaCheck[0].detail).toMatch(/làm tròn lên còn 1/);
  });

  it('rounds move along their state machine only; units do not see drafts; an open round keeps its awards', async () => {
    const draft = await w.clients.office.post('/api/proposal-rounds', {
      name: 'Khen thưởng chuyên đề chuyển đổi số', kind: 'thematic', periodFrom: '2025-01-01', periodTo: '2025-09-30', awardCodes: ['GK_SO'],
      opensOn: '2025-10-01', unitDeadline: '2025-10-31',
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json().id as string;
    expect((await w.clients.focalA.get(`/api/proposal-rounds/${id}`)).statusCode).toBe(404);
    expect((await w.clients.focalA.get('/api/proposal-rounds')).json().items.map((r: { id: string }) => r.id)).not.toContain(id);
    const closeDraft = await w.clients.office.post(`/api/proposal-rounds/${id}/transition`, { action: 'close' });
    expect(closeDraft.statusCode).toBe(409);
    expect(closeDraft.json().error.message).toBe('Không thể kết thúc nhận hồ sơ khi đợt xét đang ở trạng thái "Dự thảo" (chỉ khi "Đang nhận hồ sơ").');
    const [row] = await database.db.select().from(reviewRounds).where(eq(reviewRounds.id, id));
    expect(row!.status).toBe('draft');
    const proposeInDraft = await w.clients.focalA.post('/api/proposals', { roundId: id, unitId: w.units.A.id });
    expect(proposeInDraft.statusCode).toBe(400);

    expect((await w.clients.office.post(`/api/proposal-rounds/${id}/transition`, { action: 'open' })).json().status).toBe('open');
    const change = await w.clients.office.patch(`/api/proposal-rounds/${id}`, { awardCodes: ['GK_SO', 'BK_TINH'] });
    expect(change.statusCode).toBe(409);
    expect(change.json().error.message).toMatch(/Danh hiệu, hình thức trong đợt/);
    expect((await w.clients.office.patch(`/api/proposal-rounds/${id}`, { unitDeadline: '2025-11-07' })).json().unitDeadline).toBe('2025-11-07');
    const bad = await w.clients.office.post('/api/proposal-rounds', { name: 'Đợt thiếu năm', kind: 'annual', awardCodes: ['LDTT'], opensOn: '2025-10-01', unitDeadline: '2025-09-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Năm thành tích/);
    expect((await w.clients.focalA.post('/api/proposal-rounds', { name: 'x' })).statusCode).toBe(403);
  });

  it('reminds the units that have not submitted, N working days before the deadline, once', async () => {
    // Deadline Monday 15/12/2025, 3 working days before: Wednesday 10/12/2025.
    const round = (await w.clients.office.get(`/api/proposal-rounds/${w.roundId}`)).json();
    expect(round.reminderOn).toBe('2025-12-10');
    expect(await sendDeadlineReminders(w.app.ctx, '2025-12-09')).toBe(0);
    const sent = await sendDeadlineReminders(w.app.ctx, '2025-12-10');
    // A, A1 and B have a focal point and nothing sent; C submitted above.
    expect(sent).toBe(3);
    const notes = await notificationsOf(database, w.users.focalB.id, 'proposal.deadline');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toBe('Sắp hết hạn gửi hồ sơ đề nghị: Xét khen thưởng công trạng năm 2025 (hạn 15/12/2025)');
    expect(await notificationsOf(database, w.users.focalC.id, 'proposal.deadline')).toHaveLength(0);
    expect(await notificationsOf(database, w.users.headA.id, 'proposal.deadline')).toHaveLength(1);
    expect((await mailsTo(database, 'hai.pv@so-khcn.example.gov.vn')).filter((m) => m.template === 'proposal' && m.textBody.includes('Hạn gửi hồ sơ: 15/12/2025'))).toHaveLength(1);
    expect(await sendDeadlineReminders(w.app.ctx, '2025-12-11')).toBe(0);
    const progress = (await w.clients.office.get(`/api/proposal-rounds/${w.roundId}/units`)).json();
    expect(progress.items.find((i: { unitId: string }) => i.unitId === w.units.C.id)).toMatchObject({ submitted: true, candidates: 4 });
    expect(progress.notSubmitted).toBeGreaterThanOrEqual(3);
  });

  it('a candidate leaves a proposal only while it is a draft', async () => {
    const [c] = await database.db.select().from(proposalCandidates).where(eq(proposalCandidates.proposalId, proposalA));
    const res = await w.clients.focalA.request({ method: 'DELETE', url: `/api/proposal-candidates/${c!.id}`, payload: {} });
    expect(res.statusCode, res.body).toBe(200);
    expect((await database.db.select().from(proposalCandidates).where(eq(proposalCandidates.id, c!.id)))).toEqual([]);
  });

  it('after the deadline (round closed) no new proposal is sent, but one the office returned may come back', async () => {
    const [pc] = (await w.clients.focalC.get('/api/proposals')).json().items as { id: string; status: string }[];
    expect(pc!.status).toBe('submitted');
    expect((await w.clients.office.post(`/api/proposals/${pc!.id}/open`)).statusCode).toBe(200);
    expect((await w.clients.office.post(`/api/proposals/${pc!.id}/return`, { reason: 'Bổ sung biên bản họp bình xét' })).json().status).toBe('returned');
    expect((await w.clients.office.post(`/api/proposal-rounds/${w.roundId}/transition`, { action: 'close' })).json().status).toBe('closed');
    const late = await w.clients.focalA.post(`/api/proposals/${proposalA}/submit`);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/"Đã hết hạn nhận hồ sơ"/);
    const back = await w.clients.focalC.post(`/api/proposals/${pc!.id}/submit`);
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().proposal).toMatchObject({ status: 'submitted', submissions: 2 });
  });
});
