/**
 * The server's side of the domain's error codes (src/domain/errors.ts): each code's HTTP status and
 * default Vietnamese message, in one place. The error handler in app.ts answers every `DomainError`
 * (and so every `AppError`) through `httpError`.
 */
import { DomainError, type ErrorCode, type FieldError } from '../domain/errors';

export { DomainError, type ErrorCode, type FieldError } from '../domain/errors';

export const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  BALLOT_CLOSED: 409,
  RECUSED: 403,
  CSRF: 403,
  LOCKED: 423,
  RATE_LIMITED: 429,
  BAD_CREDENTIALS: 401,
  PASSWORD_CHANGE_REQUIRED: 403,
  INTERNAL: 500,
};

export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'Bạn cần đăng nhập để tiếp tục.',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
  NOT_FOUND: 'Không tìm thấy dữ liệu.',
  VALIDATION: 'Dữ liệu không hợp lệ.',
  CONFLICT: 'Dữ liệu bị trùng hoặc xung đột.',
  INVALID_TRANSITION: 'Không thể chuyển sang trạng thái này.',
  BALLOT_CLOSED: 'Phiên bỏ phiếu đã kết thúc.',
  RECUSED: 'Bạn không tham gia xem xét hồ sơ này (thuộc diện không tham gia).',
  CSRF: 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo). Hãy tải lại trang.',
  LOCKED: 'Tài khoản đang tạm khóa.',
  RATE_LIMITED: 'Quá nhiều yêu cầu. Vui lòng thử lại sau.',
  BAD_CREDENTIALS: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  PASSWORD_CHANGE_REQUIRED: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
  INTERNAL: 'Đã có lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.',
};

/** A `DomainError` that also carries its HTTP status (what services in src/server throw). */
export class AppError extends DomainError {
  readonly status: number;
  constructor(code: ErrorCode, message?: string, fields: FieldError[] = [], details?: unknown) {
    super(code, message ?? DEFAULT_MESSAGES[code], fields, details);
    this.name = 'AppError';
    this.status = STATUS[code];
  }
}

/** The response for any domain error: status, and `{ error: { code, message, fields, details? } }` (see `errorBody`). */
export function httpError(err: DomainError) {
  return {
    status: STATUS[err.code],
    body: { error: { code: err.code, message: err.userMessage ?? DEFAULT_MESSAGES[err.code], fields: err.fields, ...(err.details !== undefined ? { details: err.details } : {}) } },
  };
}

export const notFound = (what?: string) => new AppError('NOT_FOUND', what ? `Không tìm thấy ${what}.` : undefined);
export const forbidden = () => new AppError('FORBIDDEN');
export const validation = (fields: FieldError[], message?: string) =>
  new AppError('VALIDATION', message ?? `Dữ liệu không hợp lệ: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
