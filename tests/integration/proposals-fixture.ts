/**
 * The world of the proposals tests: one agency with the TĐKT office (Văn phòng), Thanh tra, division A
 * (with team A1), division B and centre C; people with and without 2025 ratings; one account per part
 * they play; and an open 2025 yearly round (LĐTT, CSTĐCS, TTLĐTT, Giấy khen) created through the API.
 */
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { mailOutbox, notifications, proposalCandidates, proposals } from '../../src/db/schema';
import { factory } from '../support/factory';
import { recordsFactory } from '../support/records-factory';
import { createTestApp, signIn, type Client } from '../support/app';
import { multipartFile } from '../fixtures/multipart';
import { pdfFile } from '../fixtures/files';

export async function proposalsWorld(database: Database) {
  const f = factory(database.db);
  const agency = await f.agency({ name: 'Sở Khoa học và Công nghệ' });
  const unit = async (name: string, parentId?: string) => f.unit(agency.id, { name, kind: 'division', ...(parentId ? { parentId } : {}) });
  const VP = await unit('Văn phòng Sở');
  const TT = await unit('Thanh tra Sở');
  const A = await unit('Phòng Quản lý khoa học');
  const A1 = await unit('Tổ Thông tin', A.id);
  const B = await unit('Phòng Kế hoạch - Tài chính');
  const C = await unit('Trung tâm Ứng dụng');
  const person = (unitId: string, familyName: string, middleName: string, givenName: string, email?: string) =>
    f.person(agency.id, unitId, { familyName, middleName, givenName, ...(email ? { email } : {}) });
  const people = {
    office: await person(VP.id, 'Trần', 'Thị', 'Hoa', 'hoa.tt@so-khcn.example.gov.vn'),
    focalA: await person(A.id, 'Đặng', 'Thị', 'Thu', 'thu.dt@so-khcn.example.gov.vn'),
    headA: await person(A.id, 'Phạm', 'Văn', 'Hải', 'hai.pv@so-khcn.example.gov.vn'),
    an: await person(A.id, 'Nguyễn', 'Văn', 'An', 'an.nv@so-khcn.example.gov.vn'),
    binh: await person(A.id, 'Lê', 'Thị', 'Bình'),
    cuong: await person(A1.id, 'Hoàng', 'Văn', 'Cường'),
    dung: await person(B.id, 'Vũ', 'Thị', 'Dung'),
    c1: await person(C.id, 'Mai', 'Văn', 'Một'),
    c2: await person(C.id, 'Mai', 'Văn', 'Hai'),
    c3: await person(C.id, 'Mai', 'Văn', 'Ba'),
  };
  const r = recordsFactory(database.db, agency.id);
  for (const p of [people.an, people.cuong, people.dung, people.c1, people.c2, people.c3]) await r.ratingsOf(p.id, { 2024: 'HTTNV', 2025: 'HTTNV' });

  const user = async (grants: { role: 'office' | 'focal_point' | 'unit_head' | 'staff' | 'council_member' | 'director'; unitId?: string }[], personId: string | null, displayName: string) =>
    f.user(agency.id, grants, { personId, displayName });
  const users = {
    office: await user([{ role: 'office' }], people.office.id, 'Trần Thị Hoa (Văn phòng)'),
    director: await user([{ role: 'director' }], null, 'Giám đốc Sở'),
    council: await user([{ role: 'council_member' }], null, 'Ủy viên Hội đồng'),
    focalA: await user([{ role: 'focal_point', unitId: A.id }], people.focalA.id, 'Đặng Thị Thu (đầu mối QLKH)'),
    headA: await user([{ role: 'unit_head', unitId: A.id }], people.headA.id, 'Phạm Văn Hải (Trưởng phòng QLKH)'),
    focalA1: await user([{ role: 'focal_point', unitId: A1.id }], null, 'Đầu mối Tổ Thông tin'),
    focalB: await user([{ role: 'focal_point', unitId: B.id }], null, 'Đầu mối KHTC'),
    focalC: await user([{ role: 'focal_point', unitId: C.id }], null, 'Đầu mối Trung tâm'),
    staffAn: await user([{ role: 'staff' }], people.an.id, 'Nguyễn Văn An'),
    staffDung: await user([{ role: 'staff' }], people.dung.id, 'Vũ Thị Dung'),
  };
  const app = await createTestApp(database, { loginMaxPerIpPerWindow: 100_000 });
  const clients = {} as Record<keyof typeof users, Client>;
  for (const [k, u] of Object.entries(users)) clients[k as keyof typeof users] = await signIn(app, u.username);

  const round = await clients.office.post('/api/proposal-rounds', {
    name: 'Xét khen thưởng công trạng năm 2025', kind: 'annual', year: 2025, awardCodes: ['LDTT', 'CSTDCS', 'TTLDTT', 'GK_SO'],
    opensOn: '2025-11-01', unitDeadline: '2025-12-15', reminderWorkingDays: 3,
  });
  if (round.statusCode !== 201) throw new Error(`round: ${round.statusCode} ${round.body}`);
  const roundId = round.json().id as string;
  const opened = await clients.office.post(`/api/proposal-rounds/${roundId}/transition`, { action: 'open' });
  if (opened.statusCode !== 200) throw new Error(`open round: ${opened.statusCode} ${opened.body}`);

  return { app, database, agency, units: { VP, TT, A, A1, B, C }, people, users, clients, roundId };
}
export type ProposalsWorld = Awaited<ReturnType<typeof proposalsWorld>>;

export async function closeProposalsWorld(w: ProposalsWorld | undefined, database: Database | undefined) {
  await (w?.app as FastifyInstance | undefined)?.close();
  await database?.close();
}

/** A new proposal of `unitId` in the world's round, through the API. */
export async function newProposal(w: ProposalsWorld, client: Client, unitId: string, title = 'Tờ trình đề nghị khen thưởng năm 2025') {
  const res = await client.post('/api/proposals', { roundId: w.roundId, unitId, title });
  if (res.statusCode !== 201) throw new Error(`proposal: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; status: string };
}

export async function addCandidate(client: Client, proposalId: string, body: Record<string, unknown>) {
  return client.post(`/api/proposals/${proposalId}/candidates`, body);
}

/** Uploads a file for a candidate through the file store and attaches it as `kind`. */
export async function attach(client: Client, candidateId: string, kind: string, content: Buffer = pdfFile(`Tài liệu ${kind}`), name = `${kind}.pdf`, type = 'application/pdf') {
  const body = multipartFile(content, name, 'file', type);
  const up = await client.request({ method: 'POST', url: `/api/files?objectType=proposal_candidate&objectId=${candidateId}`, payload: body.payload, headers: body.headers });
  if (up.statusCode !== 201) throw new Error(`upload: ${up.statusCode} ${up.body}`);
  return client.post(`/api/proposal-candidates/${candidateId}/attachments`, { kind, fileId: up.json().id });
}

export const state = async (database: Database, proposalId: string) => {
  const [p] = await database.db.select().from(proposals).where(eq(proposals.id, proposalId));
  const cs = await database.db.select().from(proposalCandidates).where(eq(proposalCandidates.proposalId, proposalId));
  return { proposal: p!, candidates: cs };
};

export const notificationsOf = (database: Database, userId: string, kind?: string) =>
  database.db.select().from(notifications).where(and(eq(notifications.userId, userId), ...(kind ? [eq(notifications.kind, kind)] : [])));
export const mailsTo = (database: Database, address: string) => database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address));
