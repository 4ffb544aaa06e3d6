/**
 * Công khai and kiến nghị (issue 6 item 6): inputs and outputs of /api/disclosures…,
 * /api/disclosure-feedback… (office) and /api/public/disclosures… (no sign-in). Vietnamese messages
 * naming the field. The public form (/api/cong-khai/:id/kien-nghi) is a plain HTML form checked by
 * the same limits (FEEDBACK_LIMITS).
 */
import { z } from '../zod-vi';
import { uuid } from './common';

const text = (label: string, max: number) =>
  z.string({ error: `${label} phải là chuỗi ký tự` }).trim().max(max, `${label} tối đa ${max} ký tự`);
const required = (label: string, max: number) => text(label, max).min(1, `${label} không được để trống`);

/** The public form's limits (characters), with the field labels the error pages name. */
export const FEEDBACK_LIMITS = {
  senderName: { label: 'Họ và tên', max: 200, required: true },
  contact: { label: 'Địa chỉ liên hệ (điện thoại, email)', max: 200, required: false },
  content: { label: 'Nội dung kiến nghị', max: 4000, required: true },
} as const;
/** Kiến nghị one address may send in an hour (all lists of all agencies together). */
export const FEEDBACK_PER_HOUR = 5;

export const publishInput = z.strictObject({
  roundId: uuid,
  title: text('Tiêu đề danh sách công khai', 300).optional(),
  /** The candidates to publish (accepted or pending); absent: every candidate of the round not rejected. */
  candidateIds: z.array(uuid).max(5000, 'Tối đa 5000 người, tập thể').optional(),
});
export type PublishInput = z.infer<typeof publishInput>;

export const withdrawInput = z.strictObject({ reason: required('Lý do rút danh sách', 2000) });
export const answerInput = z.strictObject({ answer: required('Nội dung trả lời', 4000) });

export const entryView = z.object({
  id: z.string(), name: z.string(), unitName: z.string(), awardCode: z.string(), awardLabel: z.string(), summary: z.string(),
});
export const disclosureView = z.object({
  id: z.string(),
  roundId: z.string(),
  roundName: z.string(),
  title: z.string(),
  status: z.enum(['published', 'withdrawn']),
  statusLabel: z.string(),
  windowWorkingDays: z.number(),
  windowFrom: z.string(),
  windowTo: z.string(),
  /** Whether the public sees it today. */
  visible: z.boolean(),
  publishedByName: z.string(),
  publishedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  entries: z.number(),
  feedback: z.number(),
  unanswered: z.number(),
});
export type DisclosureView = z.infer<typeof disclosureView>;
export const disclosureList = z.object({ items: z.array(disclosureView) });
export const disclosureDetail = disclosureView.extend({ items: z.array(entryView) });
export type DisclosureDetail = z.infer<typeof disclosureDetail>;

export const feedbackView = z.object({
  id: z.string(),
  disclosureId: z.string(),
  entryId: z.string().nullable(),
  entryName: z.string().nullable(),
  senderName: z.string(),
  contact: z.string(),
  content: z.string(),
  receivedAt: z.string(),
  answer: z.string().nullable(),
  answeredByName: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answerPublished: z.boolean(),
});
export type FeedbackView = z.infer<typeof feedbackView>;
export const feedbackList = z.object({ items: z.array(feedbackView) });

/** What the public sees (JSON twin of the HTML page): no ids of people, no contact of senders. */
export const publicDisclosure = z.object({
  id: z.string(),
  agencyName: z.string(),
  title: z.string(),
  roundName: z.string(),
  windowFrom: z.string(),
  windowTo: z.string(),
  windowWorkingDays: z.number(),
  publishedAt: z.string(),
  entries: z.array(z.object({ id: z.string(), name: z.string(), unitName: z.string(), awardLabel: z.string(), summary: z.string() })),
  answers: z.array(z.object({ entryName: z.string().nullable(), content: z.string(), answer: z.string(), answeredAt: z.string() })),
});
export type PublicDisclosure = z.infer<typeof publicDisclosure>;
export const publicDisclosureList = z.object({
  items: z.array(z.object({ id: z.string(), agencyName: z.string(), title: z.string(), roundName: z.string(), windowFrom: z.string(), windowTo: z.string(), entries: z.number() })),
});
export type PublicDisclosureList = z.infer<typeof publicDisclosureList>;
export const publicQuery = z.object({ agency: uuid.optional() });
