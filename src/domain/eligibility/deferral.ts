/**
 * D-1 / R-PRIN-5: no award or proposal while the subject is being considered for discipline,
 * investigated/inspected/examined/audited with signs of violation, or a complaint, denunciation or
 * press-reported corruption issue is being verified. Resumes once the check is concluded.
 */
import { PENDING_CHECK_LABELS, PENDING_CHECK_NEEDS_VIOLATION_SIGNS } from '../catalogue';
import type { PendingCheck } from './case-schema';
import { fmtDate } from './format';
import { push } from './lines';
import type { EvalContext } from './types';

export function isOpen(c: PendingCheck, asOf: string): boolean {
  return c.openedOn <= asOf && (c.concludedOn === undefined || c.concludedOn > asOf);
}

function describe(c: PendingCheck): string {
  return `${PENDING_CHECK_LABELS[c.kind]}${c.title ? ` (${c.title})` : ''} từ ${fmtDate(c.openedOn)}`;
}

function checksData(asOf: string, deferring: readonly PendingCheck[], unknown: readonly PendingCheck[]) {
  return { asOf, deferring: deferring.map((c) => ({ kind: c.kind, openedOn: c.openedOn })), unknown: unknown.map((c) => ({ kind: c.kind, openedOn: c.openedOn })) };
}

export function deferralLine(ctx: EvalContext, checks: readonly PendingCheck[]): void {
  const basis = ctx.regime.principles.deferral;
  const label = 'Không đang bị xem xét kỷ luật, thanh tra, kiểm tra có dấu hiệu vi phạm, hoặc có khiếu nại, tố cáo đang xác minh';
  if (checks.length === 0) {
    push(ctx, 'DEFERRAL.pending_checks', 'deferral', label, 'pass', () => `Không có việc xem xét, thanh tra, kiểm tra, khiếu nại nào đang mở tại ngày ${fmtDate(ctx.asOf)}.`, () => ({ asOf: ctx.asOf }), basis);
    return;
  }
  const deferring: PendingCheck[] = [];
  const unknown: PendingCheck[] = [];
  for (const c of checks) {
    if (!isOpen(c, ctx.asOf)) continue;
    if (!PENDING_CHECK_NEEDS_VIOLATION_SIGNS[c.kind]) deferring.push(c);
    else if (c.hasViolationSigns === true) deferring.push(c);
    else if (c.hasViolationSigns === undefined) unknown.push(c);
  }
  if (deferring.length > 0) {
    push(ctx, 'DEFERRAL.pending_checks', 'deferral', label, 'fail', () => `Tạm hoãn xét: ${deferring.map(describe).join('; ')}, chưa có kết luận tại ngày ${fmtDate(ctx.asOf)}. Được xét lại khi có kết luận.`, () => checksData(ctx.asOf, deferring, unknown), basis);
  } else if (unknown.length > 0) {
    push(ctx, 'DEFERRAL.pending_checks', 'deferral', label, 'missing', () => `Chưa rõ có dấu hiệu vi phạm hay không: ${unknown.map(describe).join('; ')}.`, () => checksData(ctx.asOf, deferring, unknown), basis);
  } else {
    push(ctx, 'DEFERRAL.pending_checks', 'deferral', label, 'pass', () => `Không có việc nào đang mở làm tạm hoãn xét tại ngày ${fmtDate(ctx.asOf)}.`, () => checksData(ctx.asOf, deferring, unknown), basis);
  }
}
