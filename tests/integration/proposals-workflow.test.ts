/**
 * A unit's proposal from draft to the office's decisions: the engine on every candidate (each run kept),
 * the dossier checklist, submission and recall, the office's review (accept, return, field and
 * attachment requests, opinions, override for a candidate who is not eligible), the unit's fix and
 * resubmission, the notifications and mails of each step, the candidate's timeline and the staff
 * member's own view. A transition from the wrong state is a 409 naming the state, and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { auditLog, proposalCandidateVerdicts } from '../../src/db/schema';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { xlsxFile } from '../fixtures/files';
import { addCandidate, attach, closeProposalsWorld, mailsTo, newProposal, notificationsOf, proposalsWorld, state, type ProposalsWorld } from './proposals-fixture';

describe.each(databaseKinds)('proposals workflow on %s', (kind) => {
  let database: Database;
  let w: ProposalsWorld;
  let proposalId: string;
  const cand: Record<'an' | 'binh' | 'cuong' | 'unit', string> = { an: '', binh: '', cuong: '', unit: '' };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    w = await proposalsWorld(database);
  });
  afterAll(async () => closeProposalsWorld(w, database));

  const runsOf = (candidateId: string) => database.db.select().from(proposalCandidateVerdicts).where(eq(proposalCandidateVerdicts.candidateId, candidateId));

  it('the focal point proposes three people and one collective: each gets the engine verdict with its articles', async () => {
    proposalId = (await newProposal(w, w.clients.focalA, w.units.A.id)).id;
    const an = await addCandidate(w.clients.focalA, proposalId, { personId: w.people.an.id, awardCode: 'LDTT' });
    expect(an.statusCode, an.body).toBe(201);
    expect(an.json()).toMatchObject({ name: 'Nguyễn Văn An', unitName: 'Phòng Quản lý khoa học', awardLabel: 'Lao động tiên tiến', status: 'pending', verdictStatus: 'eligible', subjectKind: 'individual' });
    expect(an.json().verdicts[0]).toMatchObject({ stage: 'added', status: 'eligible' });
    expect(an.json().verdicts[0].verdict.criteria.length).toBeGreaterThan(0);
    cand.an = an.json().id;

    const binh = await addCandidate(w.clients.focalA, proposalId, { personId: w.people.binh.id, awardCode: 'LDTT' });
    expect(binh.statusCode).toBe(201);
    expect(binh.json().verdictStatus).not.toBe('eligible'); // no 2025 rating on record
    expect(binh.json().verdictStatus).toBeTruthy();
    cand.binh = binh.json().id;

    const cuong = await addCandidate(w.clients.focalA, proposalId, { personId: w.people.cuong.id, awardCode: 'LDTT' }); // team A1, inside A's subtree
    expect(cuong.statusCode).toBe(201);
    cand.cuong = cuong.json().id;

    const unit = await addCandidate(w.clients.focalA, proposalId, { unitId: w.units.A1.id, awardCode: 'TTLDTT' });
    expect(unit.statusCode, unit.body).toBe(201);
    expect(unit.json()).toMatchObject({ subjectKind: 'collective', name: 'Tổ Thông tin' });
    cand.unit = unit.json().id;
    expect(await runsOf(cand.an)).toHaveLength(1);
  });

  it('the checklist shows what each award needs (§6) and what is missing; a proposal-wide tờ trình counts for every candidate', async () => {
    const before = (await w.clients.focalA.get(`/api/proposal-candidates/${cand.an}`)).json();
    expect(before.checklist.complete).toBe(false);
    expect(before.checklist.missing).toEqual(['Tờ trình đề nghị (kèm danh sách)', 'Biên bản họp bình xét']);
    expect(before.checklist.lines[0].citation).toMatch(/Điều 84/);

    expect((await attach(w.clients.focalA, cand.an, 'to_trinh')).statusCode).toBe(200);
    expect((await attach(w.clients.focalA, cand.an, 'bien_ban_hop')).statusCode).toBe(200);
    const after = (await w.clients.focalA.get(`/api/proposal-candidates/${cand.an}`)).json();
    expect(after.checklist.complete).toBe(true);
    expect(after.attachments.map((a: { kind: string }) => a.kind)).toEqual(['to_trinh', 'bien_ban_hop']);
    const cuong = (await w.clients.focalA.get(`/api/proposal-candidates/${cand.cuong}`)).json();
    expect(cuong.checklist.complete).toBe(true);
    expect(cuong.checklist.lines.every((l: { fromProposal: boolean }) => l.fromProposal)).toBe(true);
  });

  it('an attachment that is not what its kind needs is refused naming the file (an Excel file as the tờ trình)', async () => {
    const res = await attach(w.clients.focalA, cand.binh, 'to_trinh', await xlsxFile(), 'to-trinh.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'fileId', field: 'Tệp' });
    expect(res.json().error.message).toMatch(/Tờ trình đề nghị \(kèm danh sách\) phải là PDF hoặc Word \(DOCX\); tệp "to-trinh.xlsx" là Excel/);
  });

  it('the office cannot act on a draft: 409 naming the state, and nothing changes', async () => {
    const before = await state(database, proposalId);
    const res = await w.clients.office.post(`/api/proposal-candidates/${cand.an}/accept`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(res.json().error.message).toMatch(/"Đang soạn"/);
    const open = await w.clients.office.post(`/api/proposals/${proposalId}/open`);
    expect(open.statusCode).toBe(409);
    expect(open.json().error.message).toBe('Không thể tiếp nhận, xem xét hồ sơ khi hồ sơ đề nghị đang ở trạng thái "Đang soạn" (chỉ khi "Đã gửi, chờ Văn phòng tiếp nhận").');
    const recall = await w.clients.focalA.post(`/api/proposals/${proposalId}/recall`);
    expect(recall.statusCode).toBe(409);
    expect(await state(database, proposalId)).toEqual(before);
  });

  it('submitting re-runs the engine on every candidate and tells the office (notification and mail)', async () => {
    const res = await w.clients.focalA.post(`/api/proposals/${proposalId}/submit`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().proposal).toMatchObject({ status: 'submitted', submissions: 1, candidates: 4 });
    expect(res.json().quotas).toEqual([]);
    expect((await runsOf(cand.an)).map((r) => r.stage).sort()).toEqual(['added', 'submitted']);
    const notes = await notificationsOf(database, w.users.office.id, 'proposal.submitted');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toBe('Phòng Quản lý khoa học gửi hồ sơ đề nghị khen thưởng: Xét khen thưởng công trạng năm 2025');
    const mails = await mailsTo(database, 'hoa.tt@so-khcn.example.gov.vn');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: 'proposal', subject: `[VinhDanh] ${notes[0]!.title}` });
    expect(mails[0]!.textBody).toContain('Nguyễn Văn An — Lao động tiên tiến');
    // Editing a submitted proposal is refused.
    const edit = await addCandidate(w.clients.focalA, proposalId, { personId: w.people.headA.id, awardCode: 'LDTT' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toMatch(/"Đã gửi, chờ Văn phòng tiếp nhận"/);
  });

  it('the unit recalls it before the office opens it, then sends it again', async () => {
    const recall = await w.clients.focalA.post(`/api/proposals/${proposalId}/recall`);
    expect(recall.statusCode, recall.body).toBe(200);
    expect(recall.json().status).toBe('draft');
    const again = await w.clients.focalA.post(`/api/proposals/${proposalId}/submit`);
    expect(again.statusCode).toBe(200);
    expect(again.json().proposal.submissions).toBe(2);
  });

  it('the inbox lists it; once the office opens it, the unit can no longer recall it', async () => {
    const inbox = (await w.clients.office.get('/api/proposals?inbox=true')).json();
    expect(inbox.items.map((p: { id: string }) => p.id)).toContain(proposalId);
    const searched = (await w.clients.office.get(`/api/proposals?inbox=true&q=${encodeURIComponent('nguyen van an')}`)).json();
    expect(searched.items.map((p: { id: string }) => p.id)).toEqual([proposalId]);

    const open = await w.clients.office.post(`/api/proposals/${proposalId}/open`);
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json().status).toBe('in_review');
    expect((await runsOf(cand.an)).filter((r) => r.stage === 'review')).toHaveLength(1);
    const recall = await w.clients.focalA.post(`/api/proposals/${proposalId}/recall`);
    expect(recall.statusCode).toBe(409);
    expect(recall.json().error.message).toMatch(/"Văn phòng đang xem xét"/);
  });

  it('a candidate who is not eligible cannot be accepted without the office\'s written reason; the override is audited', async () => {
    const refused = await w.clients.office.post(`/api/proposal-candidates/${cand.binh}/accept`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'CONFLICT', details: { overrideRequired: true } });
    expect(refused.json().error.message).toMatch(/^Lê Thị Bình: kết quả kiểm tra điều kiện là "/);
    expect((await state(database, proposalId)).candidates.find((c) => c.id === cand.binh)!.status).toBe('pending');

    const empty = await w.clients.office.post(`/api/proposal-candidates/${cand.binh}/override`, { reason: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(/Lý do vẫn đề nghị/);
    const override = await w.clients.office.post(`/api/proposal-candidates/${cand.binh}/override`, { reason: 'Đã có kết quả đánh giá Hoàn thành tốt nhiệm vụ 2025 (chờ nhập vào hệ thống)' });
    expect(override.statusCode, override.body).toBe(200);
    expect(override.json().override).toMatchObject({ byName: 'Trần Thị Hoa (Văn phòng)' });
    const accepted = await w.clients.office.post(`/api/proposal-candidates/${cand.binh}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().status).toBe('accepted');
    const entries = await database.db.select().from(auditLog).where(and(eq(auditLog.entity, 'proposal_candidate'), eq(auditLog.entityId, cand.binh)));
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['proposal_candidate.overridden', 'proposal_candidate.accepted']));
  });

  it('the office asks for an attachment and returns one candidate; accepting the rest returns the proposal to the unit, who is told by mail', async () => {
    const req = await w.clients.office.post(`/api/proposal-candidates/${cand.cuong}/requests`, {
      target: 'attachment', item: 'bao_cao_thanh_tich', message: 'Bổ sung báo cáo thành tích có xác nhận của Trưởng phòng',
    });
    expect(req.statusCode, req.body).toBe(200);
    expect(req.json().requests[0]).toMatchObject({ status: 'open', itemLabel: 'Báo cáo thành tích' });
    expect(await notificationsOf(database, w.users.focalA.id, 'proposal.fields_requested')).toHaveLength(1);
    expect(await notificationsOf(database, w.users.headA.id, 'proposal.fields_requested')).toHaveLength(1);

    const ret = await w.clients.office.post(`/api/proposal-candidates/${cand.cuong}/return`, { reason: 'Thiếu báo cáo thành tích' });
    expect(ret.statusCode).toBe(200);
    const opinion = await w.clients.office.post(`/api/proposal-candidates/${cand.an}/opinions`, { fromUnitId: w.units.TT.id, text: 'Không có đơn thư, không đang bị thanh tra, kiểm tra.' });
    expect(opinion.statusCode, opinion.body).toBe(200);
    expect(opinion.json().opinions[0]).toMatchObject({ fromOffice: 'Thanh tra Sở' });
    expect((await w.clients.office.post(`/api/proposal-candidates/${cand.an}/accept`, {})).statusCode).toBe(200);
    const rejected = await w.clients.office.post(`/api/proposal-candidates/${cand.unit}/reject`, { reason: 'Tập thể chưa có kết quả xếp loại năm 2025' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionReason: 'Tập thể chưa có kết quả xếp loại năm 2025' });

    const s = await state(database, proposalId);
    expect(s.proposal.status).toBe('returned');
    const notes = await notificationsOf(database, w.users.focalA.id, 'proposal.returned');
    expect(notes).toHaveLength(1);
    const mails = (await mailsTo(database, 'thu.dt@so-khcn.example.gov.vn')).filter((m) => m.subject.includes('trả lại'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.textBody).toContain('Hoàng Văn Cường — Lao động tiên tiến: trả lại — Thiếu báo cáo thành tích');
    expect((await mailsTo(database, 'hai.pv@so-khcn.example.gov.vn')).some((m) => m.subject.includes('trả lại'))).toBe(true);
  });

  it('the unit sees the request, cannot resubmit before fixing it, fixes and resubmits; the office closes it and accepts: completed', async () => {
    const detail = (await w.clients.focalA.get(`/api/proposals/${proposalId}`)).json();
    expect(detail.status).toBe('returned');
    expect(detail.requests).toHaveLength(1);
    const requestId = detail.requests[0].id as string;
    const early = await w.clients.focalA.post(`/api/proposals/${proposalId}/submit`);
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toMatch(/Còn 1 yêu cầu bổ sung chưa xử lý \(Hoàng Văn Cường\)/);

    expect((await attach(w.clients.focalA, cand.cuong, 'bao_cao_thanh_tich')).statusCode).toBe(200);
    const fixed = await w.clients.focalA.post(`/api/proposal-requests/${requestId}/fix`, { note: 'Đã bổ sung báo cáo thành tích' });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json().status).toBe('fixed');
    const again = await w.clients.focalA.post(`/api/proposals/${proposalId}/submit`);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().proposal.status).toBe('submitted');
    const cuong = again.json().proposal.candidateItems.find((c: { id: string }) => c.id === cand.cuong);
    expect(cuong.status).toBe('pending');
    expect(again.json().proposal.candidateItems.find((c: { id: string }) => c.id === cand.an).status).toBe('accepted');
    expect(await notificationsOf(database, w.users.office.id, 'proposal.submitted')).toHaveLength(3);

    expect((await w.clients.office.post(`/api/proposals/${proposalId}/open`)).statusCode).toBe(200);
    expect((await w.clients.office.post(`/api/proposal-requests/${requestId}/close`)).json().status).toBe('closed');
    const ok = await w.clients.office.post(`/api/proposal-candidates/${cand.cuong}/accept`, {});
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await state(database, proposalId)).proposal.status).toBe('completed');
    expect(await notificationsOf(database, w.users.focalA.id, 'proposal.accepted')).toHaveLength(1);
    // Accepting twice: wrong state.
    const twice = await w.clients.office.post(`/api/proposal-candidates/${cand.cuong}/accept`, {});
    expect(twice.statusCode).toBe(409);
  });

  it('the candidate\'s timeline says who did what, when and why', async () => {
    const res = await w.clients.focalA.get(`/api/proposal-candidates/${cand.cuong}/timeline`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { event: string; what: string; why: string | null; actorName: string }[];
    const events = items.map((i) => i.event);
    expect(events).toEqual(expect.arrayContaining([
      'proposal_candidate.added', 'proposal.submitted', 'proposal.recalled', 'proposal.opened', 'proposal_candidate.requested', 'proposal_candidate.returned',
      'proposal.returned', 'proposal_candidate.request_fixed', 'proposal_candidate.resubmitted', 'proposal_candidate.request_closed', 'proposal_candidate.accepted',
      'proposal_candidate.verdict',
    ]));
    expect(items.find((i) => i.event === 'proposal_candidate.returned')).toMatchObject({ what: 'Văn phòng trả lại', why: 'Thiếu báo cáo thành tích', actorName: 'Trần Thị Hoa (Văn phòng)' });
    expect(events.indexOf('proposal_candidate.added')).toBeLessThan(events.indexOf('proposal_candidate.accepted'));
  });

  it('the office writes the short summary for the disclosure list; the council sees accepted candidates only', async () => {
    const res = await w.clients.office.request({ method: 'PUT', url: `/api/proposal-candidates/${cand.an}/summary`, payload: { summary: 'Hoàn thành tốt nhiệm vụ năm 2025.' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().summary).toBe('Hoàn thành tốt nhiệm vụ năm 2025.');
    const council = (await w.clients.council.get(`/api/proposal-rounds/${w.roundId}/candidates`)).json();
    expect(council.items.map((c: { id: string }) => c.id).sort()).toEqual([cand.an, cand.binh, cand.cuong].sort());
    expect(council.items.every((c: { status: string }) => c.status === 'accepted')).toBe(true);
  });

  it('a staff member sees the proposals naming them and where each stands; another sees none of them', async () => {
    const mine = (await w.clients.staffAn.get('/api/me/proposals')).json();
    expect(mine.items).toEqual([expect.objectContaining({ candidateId: cand.an, awardLabel: 'Lao động tiên tiến', candidateStatus: 'accepted', proposingUnitName: 'Phòng Quản lý khoa học' })]);
    expect((await w.clients.staffDung.get('/api/me/proposals')).json().items).toEqual([]);
    expect((await w.clients.staffAn.get(`/api/proposal-candidates/${cand.an}`)).statusCode).toBe(403);
  });

  it('when the agenda is built the engine runs once more on every accepted candidate, with the same verdict as the single check', async () => {
    const early = await w.clients.office.post(`/api/proposal-rounds/${w.roundId}/agenda-verdicts`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/"Đang nhận hồ sơ"/);
    expect((await w.clients.office.post(`/api/proposal-rounds/${w.roundId}/transition`, { action: 'close' })).statusCode).toBe(200);
    const res = await w.clients.office.post(`/api/proposal-rounds/${w.roundId}/agenda-verdicts`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ran: 3 });
    const runs = await runsOf(cand.an);
    const agenda = runs.find((r) => r.stage === 'agenda')!;
    const review = runs.find((r) => r.stage === 'review')!;
    expect(agenda.status).toBe(review.status);
    expect((agenda.verdict as { criteria: { id: string }[] }).criteria.map((l) => l.id)).toEqual((review.verdict as { criteria: { id: string }[] }).criteria.map((l) => l.id));
    expect((await w.clients.office.post(`/api/proposal-rounds/${w.roundId}/transition`, { action: 'reopen' })).statusCode).toBe(200);
  });

  it('who has not submitted yet: per unit of the round', async () => {
    const res = await w.clients.office.get(`/api/proposal-rounds/${w.roundId}/units`);
    expect(res.statusCode).toBe(200);
    const byName = new Map((res.json().items as { unitName: string; submitted: boolean }[]).map((i) => [i.unitName, i.submitted]));
    expect(byName.get('Phòng Quản lý khoa học')).toBe(true);
    expect(byName.get('Phòng Kế hoạch - Tài chính')).toBe(false);
  });
});
