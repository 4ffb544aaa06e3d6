import { policy } from './policy';

/**
 * The file store. The route's scope is then checked against the object the file belongs to (its
 * unit, or the person for a staff member's own record): a file of an object outside the scope
 * answers "not found", like the object itself.
 * - read: who may read the object's record may read its files (council members: the whole agency,
 *   for the dossiers they vote on).
 * - upload: the TĐKT office, the unit's head and focal point for their subtree, a staff member for
 *   their own record (their evidence).
 * - delete: the office for the agency, the focal point for their subtree, a staff member only the
 *   files they uploaded themselves; never a file locked by an issued document.
 */
export const filePolicies = {
  read: policy(
    'files.read',
    { agency: ['admin', 'office', 'director', 'council_member'], subtree: ['unit_head', 'focal_point'], self: ['staff'] },
    'Xem, tải tệp đính kèm',
  ),
  upload: policy('files.upload', { agency: ['admin', 'office'], subtree: ['unit_head', 'focal_point'], self: ['staff'] }, 'Tải tệp đính kèm lên'),
  delete: policy('files.delete', { agency: ['admin', 'office'], subtree: ['focal_point'], self: ['staff'] }, 'Xóa tệp đính kèm'),
  limits: policy('files.limits', { agency: ['admin', 'office'] }, 'Xem giới hạn dung lượng tệp'),
  setLimits: policy('files.setLimits', { agency: ['admin'] }, 'Đặt giới hạn dung lượng tệp của cơ quan'),
};
