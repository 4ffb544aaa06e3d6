import { ROLES } from '../auth/roles';
import { policy } from './policy';

/**
 * Đợt xét, hồ sơ đề nghị and the office's review (issue 6).
 * - rounds: the TĐKT office (and the admin) create, open, close them; everyone else who works on
 *   proposals reads them (units see the rounds that are not drafts);
 * - proposals: a unit's head and TĐKT focal point create, edit, submit and recall their subtree's
 *   proposals (another unit's proposal is "not found"); the office and the admin read every proposal
 *   of the agency and review it; the director reads;
 * - the round's candidate list: office, admin, director, and the council members (who see only the
 *   candidates the office accepted);
 * - "my proposals": every signed-in user with a person record sees the proposals that name them.
 * The object's own scope and state are then checked by the service (proposal's unit, transitions).
 */
export const proposalPolicies = {
  roundsRead: policy(
    'proposals.roundsRead',
    { agency: ['admin', 'office', 'director', 'council_member'], subtree: ['unit_head', 'focal_point'] },
    'Xem các đợt xét khen thưởng',
  ),
  roundsManage: policy('proposals.roundsManage', { agency: ['admin', 'office'] }, 'Tạo, mở, kết thúc đợt xét khen thưởng'),
  roundProgress: policy(
    'proposals.roundProgress',
    { agency: ['admin', 'office', 'director'], subtree: ['unit_head', 'focal_point'] },
    'Xem đơn vị nào đã, chưa gửi hồ sơ trong đợt xét',
  ),
  read: policy(
    'proposals.read',
    { agency: ['admin', 'office', 'director'], subtree: ['unit_head', 'focal_point'] },
    'Xem hồ sơ đề nghị khen thưởng (toàn cơ quan, hoặc của đơn vị mình)',
  ),
  write: policy('proposals.write', { subtree: ['unit_head', 'focal_point'] }, 'Lập, sửa, gửi, rút lại hồ sơ đề nghị của đơn vị mình'),
  review: policy('proposals.review', { agency: ['admin', 'office'] }, 'Tiếp nhận, xem xét hồ sơ đề nghị: chấp nhận, trả lại, yêu cầu bổ sung, ghi ý kiến'),
  roundCandidates: policy(
    'proposals.roundCandidates',
    { agency: ['admin', 'office', 'director', 'council_member'] },
    'Xem danh sách người, tập thể được đề nghị trong đợt (thành viên Hội đồng: những đề nghị Văn phòng đã chấp nhận)',
  ),
  own: policy('proposals.own', { self: [...ROLES] }, 'Xem các đề nghị khen thưởng có tên mình và tình trạng'),
};
