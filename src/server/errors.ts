/** One error type with stable codes, mapped to HTTP status and a Vietnamese message in one place. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'CSRF'
  | 'LOCKED'
  | 'RATE_LIMITED'
  | 'BAD_CREDENTIALS'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'INTERNAL';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  CSRF: 403,
  LOCKED: 423,
  RATE_LIMITED: 429,
  BAD_CREDENTIALS: 401,
  PASSWORD_CHANGE_REQUIRED: 403,
  INTERNAL: 500,
};

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'Bạn cần đăng nhập để tiếp tục.',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
  NOT_FOUND: 'Không tìm thấy dữ liệu.',
  VALIDATION: 'Dữ liệu không hợp lệ.',
  CONFLICT: 'Dữ liệu bị trùng hoặc xung đột.',
  INVALID_TRANSITION: 'Không thể chuyển sang trạng thái này.',
  CSRF: 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo). Hãy tải lại trang.',
  LOCKED: 'Tài khoản đang tạm khóa.',
  RATE_LIMITED: 'Quá nhiều yêu cầu. Vui lòng thử lại sau.',
  BAD_CREDENTIALS: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  PASSWORD_CHANGE_REQUIRED: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
  INTERNAL: 'Đã có lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.',
};

export interface FieldError {
  path: string;
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields: FieldError[] = [],
    readonly details?: unknown,
  ) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.status = STATUS[code];
  }
}

export const notFound = (what?: string) => new AppError('NOT_FOUND', what ? `Không tìm thấy ${what}.` : undefined);
export const forbidden = () => new AppError('FORBIDDEN');
export const validation = (fields: FieldError[], message?: string) =>
  new AppError('VALIDATION', message ?? `Dữ liệu không hợp lệ: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
