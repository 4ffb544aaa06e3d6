/**
 * The kinds of event a user can be notified of: one typed catalogue. Each kind says whether a user
 * also gets an email by default (a user changes it per kind on the "Thông báo" page).
 * Add a kind here when a module starts producing it; the web labels are typed against this list.
 */
export const NOTIFICATION_KINDS = {
  /** An XLSX import the user started has finished and its rows were written. */
  'import.finished': { emailByDefault: false },
  /** An XLSX import the user started was refused (row errors) or failed: nothing was written. */
  'import.failed': { emailByDefault: true },
  /** A unit submitted (or resubmitted) a proposal: to the TĐKT office. */
  'proposal.submitted': { emailByDefault: true },
  /** The office returned a proposal or candidates: to the unit's focal point and head. */
  'proposal.returned': { emailByDefault: true },
  /** The office asked for a field or an attachment: to the unit's focal point and head. */
  'proposal.fields_requested': { emailByDefault: true },
  /** The office accepted candidates of a proposal: to the unit's focal point and head. */
  'proposal.accepted': { emailByDefault: false },
  /** A round's deadline is near and the unit has not submitted: to its focal point and head. */
  'proposal.deadline': { emailByDefault: true },
  /** Someone sent a kiến nghị on a published disclosure list: to the TĐKT office. */
  'disclosure.feedback': { emailByDefault: true },
} as const satisfies Record<string, { emailByDefault: boolean }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const NOTIFICATION_KIND_LIST = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  'import.finished': 'Nhập dữ liệu từ Excel hoàn tất',
  'import.failed': 'Nhập dữ liệu từ Excel không thành công',
  'proposal.submitted': 'Đơn vị gửi hồ sơ đề nghị khen thưởng',
  'proposal.returned': 'Hồ sơ đề nghị bị trả lại',
  'proposal.fields_requested': 'Văn phòng yêu cầu bổ sung hồ sơ',
  'proposal.accepted': 'Văn phòng chấp nhận đề nghị',
  'proposal.deadline': 'Sắp hết hạn gửi hồ sơ đề nghị',
  'disclosure.feedback': 'Kiến nghị về danh sách công khai',
};

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, value);
}

/** Whether a user wants email for a kind: their own choice, else the kind's default. */
export function wantsEmail(kind: NotificationKind, choice: boolean | undefined): boolean {
  return choice ?? NOTIFICATION_KINDS[kind].emailByDefault;
}
