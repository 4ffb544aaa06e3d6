/**
 * The workflow's notifications and mails (through notify: the in-app bell, and the `proposal` mail
 * template for users who want email for the kind):
 *   submitted → the TĐKT office; returned, fields requested, accepted → the unit's focal point and head.
 */
import type { Db } from '../../../db/client';
import type { ProposalWithNames } from '../../../db/queries/proposals';
import type { Actor } from '../../../domain/auth/roles';
import type { NotificationKind } from '../../../domain/notifications/kinds';
import { notify, type NotifyContext } from '../../platform/notifications';

interface Notice {
  kind: NotificationKind;
  title: string;
  body: string;
  items: string[];
  reason?: string;
  link: string;
}

async function send(ctx: NotifyContext, tx: Db, actor: Actor, p: ProposalWithNames, to: { role: 'office' } | { unit: string }, n: Notice) {
  const mail = { template: 'proposal' as const, params: { title: n.title, roundName: p.roundName, unitName: p.unitName, items: n.items, reason: n.reason ?? '', deadline: null } };
  const base = { agencyId: p.agencyId, kind: n.kind, title: n.title, body: n.body, link: n.link, data: { proposalId: p.id, roundId: p.roundId }, exceptUserIds: [actor.userId], mail };
  if ('role' in to) return notify(ctx, tx, { ...base, to: { role: 'office' } });
  // Focal point and head of the unit (or of a unit above it); someone holding both gets one notice.
  const first = await notify(ctx, tx, { ...base, to: { role: 'focal_point', unitId: to.unit } });
  return notify(ctx, tx, { ...base, to: { role: 'unit_head', unitId: to.unit }, exceptUserIds: [actor.userId, ...first.notifications.map((r) => r.userId)] });
}

const proposalLink = (p: { id: string }) => `/proposals/${p.id}`;

export const noticeSubmitted = (ctx: NotifyContext, tx: Db, actor: Actor, p: ProposalWithNames, items: string[], again: boolean) =>
  send(ctx, tx, actor, p, { role: 'office' }, {
    kind: 'proposal.submitted',
    title: `${p.unitName} ${again ? 'gửi lại' : 'gửi'} hồ sơ đề nghị khen thưởng: ${p.roundName}`,
    body: `${items.length} người, tập thể được đề nghị.`,
    items,
    link: proposalLink(p),
  });

export const noticeReturned = (ctx: NotifyContext, tx: Db, actor: Actor, p: ProposalWithNames, reason: string, items: string[]) =>
  send(ctx, tx, actor, p, { unit: p.unitId }, {
    kind: 'proposal.returned',
    title: `Hồ sơ đề nghị của ${p.unitName} được trả lại để bổ sung, sửa: ${p.roundName}`,
    body: reason,
    items,
    reason,
    link: proposalLink(p),
  });

export const noticeRequested = (ctx: NotifyContext, tx: Db, actor: Actor, p: ProposalWithNames, who: string, what: string, message: string) =>
  send(ctx, tx, actor, p, { unit: p.unitId }, {
    kind: 'proposal.fields_requested',
    title: `Văn phòng yêu cầu bổ sung hồ sơ: ${who}`,
    body: `${what}: ${message}`,
    items: [`${who} — ${what}: ${message}`],
    reason: message,
    link: proposalLink(p),
  });

export const noticeAccepted = (ctx: NotifyContext, tx: Db, actor: Actor, p: ProposalWithNames, items: string[]) =>
  send(ctx, tx, actor, p, { unit: p.unitId }, {
    kind: 'proposal.accepted',
    title: `Văn phòng đã xem xét xong hồ sơ đề nghị của ${p.unitName}: ${p.roundName}`,
    body: `${items.length} đề nghị được chấp nhận.`,
    items,
    link: proposalLink(p),
  });
