import { policy, publicPolicy } from './policy';

/**
 * Công khai danh sách đề nghị khen thưởng và kiến nghị (issue 6 item 6; tdkt-rules.md §8).
 * - the TĐKT office (and the admin) publish a round's list, withdraw it, answer each kiến nghị and
 *   publish an answer; the director reads the lists and the feedback;
 * - the public (no sign-in) reads the published lists in their window and sends kiến nghị: the
 *   service shows only published, in-window lists of the agency asked for (else "not found").
 */
export const disclosurePolicies = {
  read: policy('disclosure.read', { agency: ['admin', 'office', 'director'] }, 'Xem danh sách công khai và kiến nghị của người dân'),
  manage: policy('disclosure.manage', { agency: ['admin', 'office'] }, 'Công khai, rút danh sách đề nghị khen thưởng; trả lời và công khai trả lời kiến nghị'),
  publicRead: publicPolicy('disclosure.publicRead', 'Người dân xem danh sách đề nghị khen thưởng đang công khai (không cần đăng nhập)'),
  publicFeedback: publicPolicy('disclosure.publicFeedback', 'Người dân gửi kiến nghị về danh sách đang công khai (không cần đăng nhập; giới hạn số lần theo địa chỉ)'),
};
