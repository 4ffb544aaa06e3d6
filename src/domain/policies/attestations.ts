import type { AnswerSpec } from '../eligibility/answers';
import { policy } from './policy';
import type { Scope } from './scope';

/**
 * Xác nhận (the answers the rules engine asks for). Who may attest what:
 * - the TĐKT office and the admin record any answer for anyone in the agency;
 * - a unit's TĐKT focal point records, for the people and units of their own subtree, what the unit
 *   itself attests at its year-end review (gương mẫu chấp hành, tinh thần, months worked, leave,
 *   the unit's movement and unity, the agency's own criteria);
 * - the council's judgement and selection (points a–c of Art. 74.1, council selection and vote, the
 *   Cờ thi đua cases, dissolution) is "sensitive": office and admin only;
 * - imports from Excel: office and admin (as for the other records).
 * Everyone who may read a person's or unit's records may read its attestations.
 */
export const attestationPolicies = {
  read: policy(
    'attestations.read',
    { agency: ['admin', 'office', 'director', 'council_member'], subtree: ['unit_head', 'focal_point'], self: ['staff'] },
    'Xem các xác nhận (gương mẫu chấp hành, bình chọn…) của cán bộ, tập thể',
  ),
  write: policy('attestations.write', { agency: ['admin', 'office'], subtree: ['focal_point'] }, 'Ghi xác nhận cho cán bộ, tập thể trong phạm vi quản lý'),
  import: policy('attestations.import', { agency: ['admin', 'office'] }, 'Nhập xác nhận từ Excel'),
};

/** A sensitive answer needs the whole agency in scope (office, admin); others any write scope. */
export function mayAttest(scope: Scope | null, spec: Pick<AnswerSpec, 'sensitive'>): boolean {
  if (!scope || scope.kind === 'none' || scope.kind === 'self') return false;
  return spec.sensitive ? scope.kind === 'agency' : true;
}
