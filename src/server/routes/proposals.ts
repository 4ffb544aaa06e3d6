import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from '../../shared/zod-vi';
import { policies } from '../../domain/policies';
import { idParams, okBody } from '../../shared/schemas/common';
import {
  acceptInput, addCandidateInput, agendaVerdictsResult, attachFileInput, attachmentParams, candidateDetail, candidateParams, createProposalInput, createRoundInput, fixRequestInput,
  myProposalList, opinionInput, overrideInput, proposalDetail, proposalList, proposalsQuery, reasonInput, requestInput, requestView, roundCandidateList,
  roundCandidatesQuery, roundList, roundTransitionInput, roundUnitsView, roundView, roundsQuery, submitResult, summaryInput, timelineView, updateCandidateInput,
  updateProposalInput, updateRoundInput,
} from '../../shared/schemas/proposals';
import { unitTreeOf, type ProposalsCtx } from '../services/proposals/common';
import { createRound, getRound, listRounds, roundUnits, transitionRound, updateRound } from '../services/proposals/rounds';
import {
  agendaVerdicts, createProposal, listProposals, openProposal, proposalDetail as readProposal, recallProposal, returnProposal, submitProposal, updateProposal,
} from '../services/proposals/proposals-service';
import {
  acceptCandidateCase, addCandidate, addOpinion, attachFile, candidateDetail as readCandidate, closeRequestCase, detachFile, fixRequestCase, overrideCandidate,
  rejectCandidateCase, removeCandidate, requestFix, rerunVerdict, returnCandidateCase, setSummary, updateCandidate,
} from '../services/proposals/candidates-service';
import { candidateTimeline, myProposals, roundCandidates } from '../services/proposals/timeline';

/**
 * Đợt xét, hồ sơ đề nghị and the office's review (issue 6). Thin: parse → policy (the route's) →
 * the use case (object scope, source state, rules, audit, notifications) → the view.
 *   /api/proposal-rounds…       rounds (office manages; units, director, council read)
 *   /api/proposals…             a unit's proposals; the office's inbox (?inbox=true)
 *   /api/proposal-candidates…   one candidate: dossier, office's decisions, requests, opinions, timeline
 *   /api/proposal-requests…     a request on a field or an attachment: the unit fixes, the office closes
 *   /api/me/proposals           the proposals that name the signed-in person
 */
export async function proposalRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['proposals'];
  const P = policies.proposals;
  const ctxOf = async (req: FastifyRequest): Promise<ProposalsCtx> => ({
    app: app.ctx,
    actor: req.actor!,
    units: req.unitTree?.length ? req.unitTree : await unitTreeOf(app.ctx.database.db, req.actor!.agencyId),
  });
  const actionParams = z.object({ id: idParams.shape.id });

  // ---- Rounds ---------------------------------------------------------------------------------------
  r.get('/api/proposal-rounds', {
    config: { policy: P.roundsRead },
    schema: { tags, summary: 'Các đợt xét khen thưởng (đơn vị, Hội đồng không thấy đợt đang dự thảo)', querystring: roundsQuery, response: { 200: roundList } },
  }, async (req) => listRounds(await ctxOf(req), req.query));

  r.post('/api/proposal-rounds', {
    config: { policy: P.roundsManage },
    schema: { tags, summary: 'Tạo đợt xét khen thưởng (dự thảo): loại, năm hoặc khoảng thời gian, danh hiệu và hình thức trong đợt, hạn gửi, số ngày nhắc trước hạn', body: createRoundInput, response: { 201: roundView } },
  }, async (req, reply) => reply.status(201).send(await createRound(await ctxOf(req), req.body)));

  r.get('/api/proposal-rounds/:id', {
    config: { policy: P.roundsRead },
    schema: { tags, summary: 'Một đợt xét khen thưởng', params: idParams, response: { 200: roundView } },
  }, async (req) => getRound(await ctxOf(req), req.params.id));

  r.patch('/api/proposal-rounds/:id', {
    config: { policy: P.roundsManage },
    schema: { tags, summary: 'Sửa đợt xét (dự thảo: mọi thông tin; đang nhận hồ sơ: tên, hạn gửi, số ngày nhắc, ghi chú)', params: idParams, body: updateRoundInput, response: { 200: roundView } },
  }, async (req) => updateRound(await ctxOf(req), req.params.id, req.body));

  r.post('/api/proposal-rounds/:id/transition', {
    config: { policy: P.roundsManage },
    schema: {
      tags, summary: 'Chuyển trạng thái đợt xét: open (mở nhận hồ sơ), close (kết thúc nhận), reopen (mở lại), toCouncil (trình Hội đồng), decide (đã quyết định)',
      params: actionParams, body: roundTransitionInput, response: { 200: roundView },
    },
  }, async (req) => transitionRound(await ctxOf(req), req.params.id, req.body.action));

  r.get('/api/proposal-rounds/:id/units', {
    config: { policy: P.roundProgress },
    schema: { tags, summary: 'Đơn vị nào đã gửi, chưa gửi hồ sơ trong đợt (số hồ sơ theo trạng thái, số người được đề nghị)', params: idParams, response: { 200: roundUnitsView } },
  }, async (req) => roundUnits(await ctxOf(req), req.scope, req.params.id));

  r.get('/api/proposal-rounds/:id/candidates', {
    config: { policy: P.roundCandidates },
    schema: {
      tags, summary: 'Người, tập thể được đề nghị trong đợt (hồ sơ đã gửi); thành viên Hội đồng chỉ thấy những đề nghị Văn phòng đã chấp nhận',
      params: idParams, querystring: roundCandidatesQuery, response: { 200: roundCandidateList },
    },
  }, async (req) => roundCandidates(await ctxOf(req), req.params.id, req.query));

  r.post('/api/proposal-rounds/:id/agenda-verdicts', {
    config: { policy: P.review },
    schema: {
      tags, summary: 'Kiểm tra lại điều kiện mọi đề nghị Văn phòng đã chấp nhận trong đợt, khi lập chương trình họp Hội đồng (đợt đã hết hạn nhận hoặc đang trình Hội đồng)',
      params: idParams, response: { 200: agendaVerdictsResult },
    },
  }, async (req) => agendaVerdicts(await ctxOf(req), req.params.id));

  // ---- Proposals ------------------------------------------------------------------------------------
  r.get('/api/proposals', {
    config: { policy: P.read },
    schema: { tags, summary: 'Hồ sơ đề nghị (Văn phòng: toàn cơ quan, inbox=true là hồ sơ chờ xem xét; đơn vị: của đơn vị mình)', querystring: proposalsQuery, response: { 200: proposalList } },
  }, async (req) => listProposals(await ctxOf(req), req.query));

  r.post('/api/proposals', {
    config: { policy: P.write },
    schema: { tags, summary: 'Lập hồ sơ đề nghị của một đơn vị (trong phạm vi quản lý) cho một đợt đang nhận hồ sơ', body: createProposalInput, response: { 201: proposalDetail } },
  }, async (req, reply) => reply.status(201).send(await createProposal(await ctxOf(req), req.body)));

  r.get('/api/proposals/:id', {
    config: { policy: P.read },
    schema: { tags, summary: 'Một hồ sơ đề nghị với người, tập thể được đề nghị, danh mục thành phần hồ sơ còn thiếu, yêu cầu bổ sung', params: idParams, response: { 200: proposalDetail } },
  }, async (req) => readProposal(await ctxOf(req), req.params.id));

  r.patch('/api/proposals/:id', {
    config: { policy: P.write },
    schema: { tags, summary: 'Sửa tên, số tờ trình (khi đang soạn hoặc bị trả lại)', params: idParams, body: updateProposalInput, response: { 200: proposalDetail } },
  }, async (req) => updateProposal(await ctxOf(req), req.params.id, req.body));

  r.post('/api/proposals/:id/submit', {
    config: { policy: P.write },
    schema: {
      tags, summary: 'Gửi (hoặc gửi lại) hồ sơ: kiểm tra lại điều kiện từng người, kiểm tra hạn mức của cơ quan (kèm cách làm tròn); thông báo Văn phòng',
      params: idParams, response: { 200: submitResult },
    },
  }, async (req) => submitProposal(await ctxOf(req), req.params.id));

  r.post('/api/proposals/:id/recall', {
    config: { policy: P.write },
    schema: { tags, summary: 'Rút lại hồ sơ đã gửi khi Văn phòng chưa tiếp nhận', params: idParams, response: { 200: proposalDetail } },
  }, async (req) => recallProposal(await ctxOf(req), req.params.id));

  r.post('/api/proposals/:id/open', {
    config: { policy: P.review },
    schema: { tags, summary: 'Văn phòng tiếp nhận hồ sơ để xem xét (đơn vị không rút lại được nữa; kiểm tra lại điều kiện)', params: idParams, response: { 200: proposalDetail } },
  }, async (req) => openProposal(await ctxOf(req), req.params.id));

  r.post('/api/proposals/:id/return', {
    config: { policy: P.review },
    schema: { tags, summary: 'Văn phòng trả lại hồ sơ cho đơn vị, có lý do (thông báo đầu mối và thủ trưởng đơn vị)', params: idParams, body: reasonInput, response: { 200: proposalDetail } },
  }, async (req) => returnProposal(await ctxOf(req), req.params.id, req.body.reason));

  r.post('/api/proposals/:id/candidates', {
    config: { policy: P.write },
    schema: {
      tags, summary: 'Thêm một cán bộ hoặc tập thể của đơn vị vào hồ sơ, với danh hiệu/hình thức trong đợt và loại khen thưởng; kiểm tra trùng và kiểm tra điều kiện',
      params: idParams, body: addCandidateInput, response: { 201: candidateDetail },
    },
  }, async (req, reply) => reply.status(201).send(await addCandidate(await ctxOf(req), req.params.id, req.body)));

  // ---- Candidates -----------------------------------------------------------------------------------
  r.get('/api/proposal-candidates/:id', {
    config: { policy: P.read },
    schema: { tags, summary: 'Một người, tập thể được đề nghị: tài liệu, thành phần còn thiếu, yêu cầu bổ sung, ý kiến, mọi lần kiểm tra điều kiện', params: candidateParams, response: { 200: candidateDetail } },
  }, async (req) => readCandidate(await ctxOf(req), req.params.id));

  r.patch('/api/proposal-candidates/:id', {
    config: { policy: P.write },
    schema: { tags, summary: 'Sửa danh hiệu/hình thức, loại khen thưởng, ghi chú (khi hồ sơ đang soạn hoặc bị trả lại)', params: candidateParams, body: updateCandidateInput, response: { 200: candidateDetail } },
  }, async (req) => updateCandidate(await ctxOf(req), req.params.id, req.body));

  r.delete('/api/proposal-candidates/:id', {
    config: { policy: P.write },
    schema: { tags, summary: 'Bỏ một người, tập thể khỏi hồ sơ đang soạn', params: candidateParams, response: { 200: okBody } },
  }, async (req) => removeCandidate(await ctxOf(req), req.params.id));

  r.post('/api/proposal-candidates/:id/attachments', {
    config: { policy: P.write },
    schema: {
      tags, summary: 'Đính kèm một tệp đã tải lên (POST /api/files?objectType=proposal_candidate) theo loại: tờ trình, báo cáo thành tích, biên bản họp, quyết định công nhận sáng kiến, biên bản nghiệm thu, khác',
      params: candidateParams, body: attachFileInput, response: { 200: candidateDetail },
    },
  }, async (req) => attachFile(await ctxOf(req), req.params.id, req.body));

  r.delete('/api/proposal-candidates/:id/attachments/:attachmentId', {
    config: { policy: P.write },
    schema: { tags, summary: 'Gỡ một tài liệu đính kèm (khi hồ sơ đang soạn hoặc bị trả lại)', params: attachmentParams, response: { 200: candidateDetail } },
  }, async (req) => detachFile(await ctxOf(req), req.params.id, req.params.attachmentId));

  r.post('/api/proposal-candidates/:id/accept', {
    config: { policy: P.review },
    schema: { tags, summary: 'Văn phòng chấp nhận đề nghị (chưa đủ điều kiện: cần ghi lý do vẫn đề nghị trước)', params: candidateParams, body: acceptInput, response: { 200: candidateDetail } },
  }, async (req) => acceptCandidateCase(await ctxOf(req), req.params.id, req.body.note));

  r.post('/api/proposal-candidates/:id/return', {
    config: { policy: P.review },
    schema: { tags, summary: 'Văn phòng trả lại đề nghị cho đơn vị, có lý do', params: candidateParams, body: reasonInput, response: { 200: candidateDetail } },
  }, async (req) => returnCandidateCase(await ctxOf(req), req.params.id, req.body.reason));

  r.post('/api/proposal-candidates/:id/reject', {
    config: { policy: P.review },
    schema: { tags, summary: 'Văn phòng không đề nghị (có lý do)', params: candidateParams, body: reasonInput, response: { 200: candidateDetail } },
  }, async (req) => rejectCandidateCase(await ctxOf(req), req.params.id, req.body.reason));

  r.post('/api/proposal-candidates/:id/override', {
    config: { policy: P.review },
    schema: { tags, summary: 'Văn phòng vẫn đề nghị dù kết quả kiểm tra chưa đủ điều kiện: lý do bằng văn bản, ghi nhật ký, trình Hội đồng', params: candidateParams, body: overrideInput, response: { 200: candidateDetail } },
  }, async (req) => overrideCandidate(await ctxOf(req), req.params.id, req.body.reason));

  r.put('/api/proposal-candidates/:id/summary', {
    config: { policy: P.review },
    schema: { tags, summary: 'Văn phòng ghi tóm tắt thành tích để công khai (null: xoá)', params: candidateParams, body: summaryInput, response: { 200: candidateDetail } },
  }, async (req) => setSummary(await ctxOf(req), req.params.id, req.body.summary));

  r.post('/api/proposal-candidates/:id/requests', {
    config: { policy: P.review },
    schema: { tags, summary: 'Văn phòng yêu cầu đơn vị sửa một trường hoặc bổ sung một tài liệu (thông báo đầu mối và thủ trưởng đơn vị)', params: candidateParams, body: requestInput, response: { 200: candidateDetail } },
  }, async (req) => requestFix(await ctxOf(req), req.params.id, req.body));

  r.post('/api/proposal-candidates/:id/opinions', {
    config: { policy: P.review },
    schema: { tags, summary: 'Ghi ý kiến của cơ quan, đơn vị liên quan (Thanh tra về kỷ luật, thanh tra…)', params: candidateParams, body: opinionInput, response: { 200: candidateDetail } },
  }, async (req) => addOpinion(await ctxOf(req), req.params.id, req.body));

  r.post('/api/proposal-candidates/:id/verdicts', {
    config: { policy: P.review },
    schema: { tags, summary: 'Văn phòng kiểm tra lại điều kiện (mỗi lần kiểm tra đều được lưu)', params: candidateParams, response: { 200: candidateDetail } },
  }, async (req) => rerunVerdict(await ctxOf(req), req.params.id));

  r.get('/api/proposal-candidates/:id/timeline', {
    config: { policy: P.read },
    schema: { tags, summary: 'Toàn bộ quá trình của một đề nghị: ai, khi nào, làm gì, vì sao (từ nhật ký)', params: candidateParams, response: { 200: timelineView } },
  }, async (req) => candidateTimeline(await ctxOf(req), req.params.id));

  // ---- Requests -------------------------------------------------------------------------------------
  r.post('/api/proposal-requests/:id/fix', {
    config: { policy: P.write },
    schema: { tags, summary: 'Đơn vị báo đã sửa, bổ sung theo yêu cầu (khi hồ sơ được trả lại)', params: idParams, body: fixRequestInput, response: { 200: requestView } },
  }, async (req) => fixRequestCase(await ctxOf(req), req.params.id, req.body));

  r.post('/api/proposal-requests/:id/close', {
    config: { policy: P.review },
    schema: { tags, summary: 'Văn phòng đóng yêu cầu bổ sung (đã đạt, hoặc không cần nữa)', params: idParams, response: { 200: requestView } },
  }, async (req) => closeRequestCase(await ctxOf(req), req.params.id));

  // ---- Staff ----------------------------------------------------------------------------------------
  r.get('/api/me/proposals', {
    config: { policy: P.own },
    schema: { tags, summary: 'Các đề nghị khen thưởng có tên mình và tình trạng từng đề nghị', response: { 200: myProposalList } },
  }, async (req) => myProposals(await ctxOf(req)));
}
