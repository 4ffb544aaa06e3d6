/** Hội đồng Thi đua - Khen thưởng of the department, term 2025–2030. */
import { randomUUID } from 'node:crypto';
import type { DecisionNumbers } from './decisions';
import type { FeaturedKey } from './featured';
import type { UnitCode } from './organisation';
import { currentAssignment, type PersonPlan } from './people';

export type CouncilRole = 'chair' | 'vice_chair' | 'standing' | 'member' | 'secretary';

const DECIDED_ON = '2025-06-20';

/** Who sits on the council: featured people by key, other unit heads by unit and position. */
const SEATS: [CouncilRole, { key: FeaturedKey } | { unit: UnitCode; position: string }][] = [
  ['chair', { key: 'director' }],
  ['vice_chair', { key: 'deputyNhung' }],
  ['vice_chair', { key: 'unionChair' }], // Phó Chánh Văn phòng, Chủ tịch Công đoàn cơ sở
  ['standing', { key: 'chiefOfOffice' }],
  ['member', { key: 'chiefInspector' }],
  ['member', { key: 'qlkhHead' }],
  ['member', { unit: 'QLCN', position: 'Trưởng phòng' }],
  ['member', { key: 'bkTinhHolder' }],
  ['member', { unit: 'KHTC', position: 'Trưởng phòng' }],
  ['member', { unit: 'CDS', position: 'Trưởng phòng' }],
  ['member', { key: 'an' }],
  ['member', { unit: 'CCTDC', position: 'Chi cục trưởng' }],
  ['member', { unit: 'TTCNTT', position: 'Giám đốc Trung tâm' }],
  ['secretary', { key: 'officeTdkt' }],
];

export function planCouncil(people: PersonPlan[], decisionNo: DecisionNumbers) {
  const find = (seat: (typeof SEATS)[number][1]) =>
    'key' in seat
      ? people.find((p) => p.key === seat.key)!
      : people.find((p) => p.status === 'active' && currentAssignment(p).unit === seat.unit && currentAssignment(p).position === seat.position)!;
  return {
    id: randomUUID(),
    name: 'Hội đồng Thi đua - Khen thưởng Sở Khoa học và Công nghệ',
    termStart: 2025,
    termEnd: 2030,
    decisionNo: decisionNo('SKHCN', DECIDED_ON),
    decidedOn: DECIDED_ON,
    members: SEATS.map(([role, seat]) => ({ role, person: find(seat), fromDate: DECIDED_ON })),
  };
}
export type CouncilPlan = ReturnType<typeof planCouncil>;
