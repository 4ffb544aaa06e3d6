/**
 * Vietnamese labels of the audit events and of the objects they are about. Typed against the domain's
 * event list (src/domain/audit/events.ts): an event without a label here does not compile.
 */
import type { AuditEntity, AuditEvent } from '../../domain/audit/events';

export const AUDIT_ACTIONS_VI: Record<AuditEvent, string> = {
  'person.created': 'Thêm cán bộ',
  'person.updated': 'Sửa thông tin cán bộ',
  'person.transferred': 'Điều chuyển cán bộ',
  'person.transferred_out': 'Cán bộ chuyển công tác',
  'person.retired': 'Cán bộ nghỉ hưu',
  'person.imported': 'Nhập danh sách cán bộ từ Excel',
  'demo.seeded': 'Tạo dữ liệu trình diễn',
  'unit.created': 'Thêm đơn vị',
  'unit.updated': 'Sửa đơn vị',
  'user.created': 'Tạo tài khoản',
  'user.locked': 'Tạm khóa tài khoản',
  'user.password_changed': 'Đổi mật khẩu',
  'user.password_reset': 'Đặt lại mật khẩu',
  'rating.created': 'Thêm kết quả xếp loại',
  'rating.updated': 'Sửa kết quả xếp loại',
  'rating.deleted': 'Xóa kết quả xếp loại',
  'rating.imported': 'Nhập kết quả xếp loại từ Excel',
  'award.created': 'Thêm khen thưởng',
  'award.updated': 'Sửa khen thưởng',
  'award.deleted': 'Xóa khen thưởng',
  'award.imported': 'Nhập khen thưởng từ Excel',
  'initiative.created': 'Thêm sáng kiến',
  'initiative.updated': 'Sửa sáng kiến',
  'initiative.deleted': 'Xóa sáng kiến',
  'initiative.imported': 'Nhập sáng kiến từ Excel',
  'science_task.created': 'Thêm nhiệm vụ KH&CN',
  'science_task.updated': 'Sửa nhiệm vụ KH&CN',
  'science_task.deleted': 'Xóa nhiệm vụ KH&CN',
  'discipline.created': 'Thêm quyết định kỷ luật',
  'discipline.updated': 'Sửa quyết định kỷ luật',
  'discipline.deleted': 'Xóa quyết định kỷ luật',
  'discipline.imported': 'Nhập kỷ luật từ Excel',
  'inspection.created': 'Thêm cuộc thanh tra, kiểm tra',
  'inspection.updated': 'Sửa cuộc thanh tra, kiểm tra',
  'inspection.deleted': 'Xóa cuộc thanh tra, kiểm tra',
  'setting.added': 'Thêm quy định TĐKT của cơ quan',
  'attestation.recorded': 'Ghi xác nhận',
  'attestation.updated': 'Sửa xác nhận',
  'attestation.deleted': 'Xóa xác nhận',
  'attestation.bulk_recorded': 'Ghi xác nhận cho cả đơn vị',
  'attestation.imported': 'Nhập xác nhận từ Excel',
};
export type AuditActionCode = AuditEvent;

export const AUDIT_ENTITIES_VI: Record<AuditEntity, string> = {
  person: 'Cán bộ',
  unit: 'Đơn vị',
  user: 'Tài khoản',
  job: 'Công việc nền',
  agency: 'Cơ quan',
  rating: 'Xếp loại',
  award: 'Khen thưởng',
  initiative: 'Sáng kiến',
  science_task: 'Nhiệm vụ KH&CN',
  discipline: 'Kỷ luật',
  inspection: 'Thanh tra, kiểm tra',
  agency_setting: 'Quy chế TĐKT',
  attestation: 'Xác nhận',
};
export type AuditEntityCode = AuditEntity;
