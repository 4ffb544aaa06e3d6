/**
 * Xác nhận as a real office records them at each year end (2019–2025):
 * - every unit's review minutes attest "gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp
 *   luật của Nhà nước" for the people rated that year: yes for nearly all, no for those disciplined
 *   (decided in or in force during the year) or rated "Không hoàn thành nhiệm vụ"; one unit has not
 *   sent its 2025 minutes yet (Phòng Hạ tầng và An toàn thông tin), so its people are still missing;
 * - the council judges points a–c of Art. 74.1 for everyone rated (entered for a whole unit at once:
 *   "không", except the few with such achievements);
 * - the council's 2025 vote on the two CSTĐ cấp tỉnh candidates.
 */
import type { DisciplinePlan } from './checks';
import type { CouncilPlan } from './council';
import type { FeaturedKey } from './featured';
import type { UnitCode, UnitPlan } from './organisation';
import type { PersonPlan } from './people';
import type { PersonRating } from './ratings';

export interface AttestationPlan {
  person: PersonPlan;
  year: number;
  key: string;
  value: boolean | number | { yes: number; members: number; present?: number };
  attestedBy: string;
  attestedOn: string;
  basis: string;
  note: string;
}

/** Units whose 2025 review minutes have not reached the office yet. */
export const PENDING_2025_UNITS: readonly UnitCode[] = ['TTCNTT-HTAT'];

/** Points a–c of Art. 74.1 the council found met (the people who truly have such achievements). */
const POINTS: { key: FeaturedKey; year: number; point: 'a' | 'b' | 'c'; note: string }[] = [
  { key: 'cstdTinhByRating', year: 2025, point: 'b', note: 'Mô hình nhân giống hồi bằng công nghệ sinh học được áp dụng tại 5 huyện của tỉnh.' },
  { key: 'cstdTinhByInitiative', year: 2025, point: 'c', note: 'Chủ trì chuyển giao quy trình sản xuất phân bón hữu cơ vi sinh cho hợp tác xã.' },
  { key: 'qlkhHead', year: 2025, point: 'a', note: 'Thành tích xuất sắc trong phong trào thi đua "Lạng Sơn chung sức xây dựng nông thôn mới".' },
];

/** The council's secret ballot on the CSTĐ cấp tỉnh proposals of 2025 (14 members, all present). */
const VOTES_2025: { key: FeaturedKey; yes: number }[] = [
  { key: 'cstdTinhByRating', yes: 14 },
  { key: 'cstdTinhByInitiative', yes: 12 },
];

function disciplinedIn(d: DisciplinePlan, year: number): boolean {
  return d.decidedOn.startsWith(String(year)) || (d.effectiveFrom <= `${year}-12-31` && d.effectiveTo >= `${year}-01-01`);
}

export function planAttestations(input: {
  people: PersonPlan[];
  units: Map<UnitCode, UnitPlan>;
  ratings: PersonRating[];
  disciplines: DisciplinePlan[];
  council: CouncilPlan;
}): AttestationPlan[] {
  const out: AttestationPlan[] = [];
  const byKey = new Map(input.people.filter((p) => p.key).map((p) => [p.key!, p]));
  const disciplined = (p: PersonPlan, year: number) => input.disciplines.some((d) => byKey.get(d.person) === p && disciplinedIn(d, year));
  const councilName = 'Hội đồng Thi đua - Khen thưởng Sở';
  for (const r of input.ratings) {
    const unit = input.units.get(r.unit)!;
    const y = r.year;
    if (!(y === 2025 && PENDING_2025_UNITS.includes(r.unit))) {
      const exemplary = r.level !== 'KHTNV' && !disciplined(r.person, y);
      out.push({
        person: r.person, year: y, key: 'exemplaryCompliance', value: exemplary,
        attestedBy: `Thủ trưởng ${unit.name}`, attestedOn: `${y}-12-15`, basis: `Biên bản họp bình xét thi đua năm ${y} của ${unit.name}`,
        note: exemplary ? '' : 'Không xác nhận: bị kỷ luật hoặc không hoàn thành nhiệm vụ trong năm.',
      });
    }
    for (const point of ['a', 'b', 'c'] as const) {
      const met = POINTS.find((x) => byKey.get(x.key) === r.person && x.year === y && x.point === point);
      out.push({
        person: r.person, year: y, key: `answers.BK_TINH.${point}`, value: !!met,
        attestedBy: councilName, attestedOn: `${y}-12-26`, basis: `Biên bản họp Hội đồng Thi đua - Khen thưởng ngày 26/12/${y}`, note: met?.note ?? '',
      });
    }
  }
  const members = input.council.members.length;
  for (const v of VOTES_2025) {
    const person = byKey.get(v.key)!;
    out.push({
      person, year: 2025, key: 'vote', value: { yes: v.yes, members, present: members },
      attestedBy: councilName, attestedOn: '2025-12-26', basis: 'Biên bản kiểm phiếu bỏ phiếu kín ngày 26/12/2025', note: 'Đề nghị Chiến sĩ thi đua cấp tỉnh',
    });
  }
  return out;
}
