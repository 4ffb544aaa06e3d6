import { policy } from './policy';

/** The outbox and its delivery log hold every recipient's address and message: the agency's admins only. */
export const mailPolicies = {
  read: policy('mail.read', { agency: ['admin'] }, 'Xem hộp thư đi và nhật ký gửi thư của cơ quan'),
  write: policy('mail.write', { agency: ['admin'] }, 'Gửi lại thư, gửi thư thử'),
};
