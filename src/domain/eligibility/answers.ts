/**
 * The answers the engine asks for (xác nhận, ý kiến xác nhận): facts about a person or a collective
 * in a year that no register holds (ratings, awards, initiatives…) and that someone must attest —
 * the unit head, the office, the council. One typed catalogue: its key (where the answer goes in the
 * case's `flags`), its Vietnamese name, its value type, who it concerns, whether only the TĐKT office
 * may record it, and the titles whose criteria read it.
 *
 * Keys: a top-level flag (`exemplaryCompliance`, `workedMonths`…) or `answers.<criterion id>` for
 * `flags.answers` (the judged points of Art. 74.1, the Cờ thi đua cases, and the criteria an agency
 * declares in its settings). `answerLabel(path)` names any of them, whatever way it is written
 * (`flags.answers["BK_TINH.a"]`, `answers.BK_TINH.a`, `flags.exemplaryCompliance`…).
 */
import type { EvaluableAward } from '../catalogue';
import type { Flags } from './case-schema';
import type { AgencySettings, SettingKey } from './settings';

export type AnswerValueType = 'boolean' | 'months' | 'working_days' | 'vote';
export type AnswerSubject = 'individual' | 'collective';

export interface AnswerSpec {
  key: string;
  /** Vietnamese name, as a form label and in the screening's "missing" list. */
  label: string;
  /** One line of help: who attests it, on what document. */
  help: string;
  valueType: AnswerValueType;
  subjects: readonly AnswerSubject[];
  /** Only the TĐKT office (agency-wide) may record it: the council's judgement or selection. */
  sensitive: boolean;
  /** Titles and forms whose criteria read this answer. */
  awards: readonly EvaluableAward[];
  /** Declared by the agency (settings) rather than by the law's catalogue. */
  agencyCriterion?: { setting: SettingKey };
}

/** Unit of a number answer, for forms and messages. */
export const ANSWER_UNITS: Record<AnswerValueType, string> = { boolean: '', months: 'tháng', working_days: 'ngày làm việc', vote: 'phiếu' };

export type VoteAnswer = { yes: number; members: number; present?: number };
export type AnswerValue = boolean | number | VoteAnswer;

const I: readonly AnswerSubject[] = ['individual'];
const C: readonly AnswerSubject[] = ['collective'];
const IC: readonly AnswerSubject[] = ['individual', 'collective'];

export const ANSWER_CATALOGUE = [
  {
    key: 'exemplaryCompliance', label: 'Gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước',
    help: 'Thủ trưởng đơn vị xác nhận khi bình xét cuối năm (điều kiện chung của Bằng khen, Điều 74 khoản 1).',
    valueType: 'boolean', subjects: I, sensitive: false, awards: ['BK_TINH'],
  },
  {
    key: 'spiritAttested', label: 'Tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua',
    help: 'Tiêu chuẩn Lao động tiên tiến (Điều 24). Khi có xác nhận, xác nhận này thay cho ô đánh dấu trong kết quả xếp loại của năm.',
    valueType: 'boolean', subjects: I, sensitive: false, awards: ['LDTT', 'CSTDCS'],
  },
  {
    key: 'workedMonths', label: 'Số tháng công tác trong năm', help: 'Theo quá trình công tác; dùng khi cơ quan quy định thời gian công tác tối thiểu.',
    valueType: 'months', subjects: I, sensitive: false, awards: ['LDTT', 'CSTDCS'],
  },
  {
    key: 'leaveWorkingDays', label: 'Số ngày nghỉ trong năm', help: 'Tổng số ngày làm việc đã nghỉ (kể cả nghỉ thai sản; số ngày thai sản ghi riêng).',
    valueType: 'working_days', subjects: I, sensitive: false, awards: ['LDTT', 'CSTDCS'],
  },
  {
    key: 'maternityLeaveWorkingDays', label: 'Số ngày nghỉ thai sản trong năm', help: 'Được tính là thời gian công tác khi xét Lao động tiên tiến.',
    valueType: 'working_days', subjects: I, sensitive: false, awards: ['LDTT', 'CSTDCS'],
  },
  {
    key: 'councilSelected', label: 'Được Hội đồng Thi đua - Khen thưởng bình chọn',
    help: 'Kết quả bình chọn của Hội đồng (biên bản họp Hội đồng). Có thể ghi số phiếu thay cho kết luận.',
    valueType: 'boolean', subjects: IC, sensitive: true, awards: ['CSTD_TINH', 'CSTD_TQ', 'CO_TD_TINH', 'CO_TD_CP'],
  },
  {
    key: 'vote', label: 'Kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng',
    help: 'Số phiếu đồng ý, tổng số thành viên và số thành viên có mặt; dùng khi chưa ghi kết luận bình chọn.',
    valueType: 'vote', subjects: IC, sensitive: true, awards: ['CSTD_TINH', 'CSTD_TQ', 'CO_TD_TINH', 'CO_TD_CP'],
  },
  {
    key: 'answers.BK_TINH.a', label: 'Điểm a: thành tích xuất sắc được bình xét trong phong trào thi đua do tỉnh phát động',
    help: 'Điều 74 khoản 1 điểm a; Hội đồng đánh giá.', valueType: 'boolean', subjects: I, sensitive: true, awards: ['BK_TINH'],
  },
  {
    key: 'answers.BK_TINH.b', label: 'Điểm b: thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực do tỉnh quản lý',
    help: 'Điều 74 khoản 1 điểm b; Hội đồng đánh giá.', valueType: 'boolean', subjects: I, sensitive: true, awards: ['BK_TINH'],
  },
  {
    key: 'answers.BK_TINH.c', label: 'Điểm c: đóng góp lớn vào phát triển kinh tế - xã hội, ứng dụng khoa học công nghệ, xã hội, từ thiện',
    help: 'Điều 74 khoản 1 điểm c; Hội đồng đánh giá.', valueType: 'boolean', subjects: I, sensitive: true, awards: ['BK_TINH'],
  },
  {
    key: 'movementActive', label: 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả',
    help: 'Biên bản bình xét của tập thể (Điều 27, 28). Khi có xác nhận, xác nhận này thay cho ô đánh dấu trong xếp loại tập thể của năm.',
    valueType: 'boolean', subjects: C, sensitive: false, awards: ['TTLDTT', 'TTLDXS'],
  },
  {
    key: 'internalUnity', label: 'Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật',
    help: 'Biên bản bình xét của tập thể (Điều 25, 27, 28).', valueType: 'boolean', subjects: C, sensitive: false, awards: ['TTLDTT', 'TTLDXS', 'CO_TD_CP'],
  },
  {
    key: 'clusterLeader', label: 'Tập thể dẫn đầu cụm, khối thi đua', help: 'Kết quả tổng kết của cụm, khối thi đua.',
    valueType: 'boolean', subjects: C, sensitive: true, awards: ['CO_TD_TINH', 'CO_TD_CP'],
  },
  {
    key: 'answers.CO_TD_CP.point_2', label: 'Dẫn đầu cụm, khối thi đua do Ban Thi đua - Khen thưởng Trung ương tổ chức',
    help: 'Điều 25 khoản 2.', valueType: 'boolean', subjects: C, sensitive: true, awards: ['CO_TD_CP'],
  },
  {
    key: 'answers.CO_TD_CP.point_3', label: 'Dẫn đầu phong trào thi đua do Thủ tướng phát động từ 05 năm trở lên',
    help: 'Điều 25 khoản 3.', valueType: 'boolean', subjects: C, sensitive: true, awards: ['CO_TD_CP'],
  },
  {
    key: 'answers.CO_TD_CP.standards', label: 'Vượt mức chỉ tiêu; tổ chức Đảng, đoàn thể vững mạnh; đi đầu tiết kiệm, chống tham nhũng',
    help: 'Điều 25 khoản 1.', valueType: 'boolean', subjects: C, sensitive: true, awards: ['CO_TD_CP'],
  },
  {
    key: 'dissolved', label: 'Tập thể đã giải thể sau sắp xếp tổ chức bộ máy', help: 'Không khen thưởng tập thể đã giải thể (Thông tư 15/2025).',
    valueType: 'boolean', subjects: C, sensitive: true, awards: ['TTLDTT', 'TTLDXS', 'CO_TD_TINH', 'CO_TD_CP', 'BK_TINH', 'BK_TTG', 'GK_SO'],
  },
] as const satisfies readonly AnswerSpec[];

export type CatalogueAnswerKey = (typeof ANSWER_CATALOGUE)[number]['key'];

const BY_KEY = new Map<string, AnswerSpec>(ANSWER_CATALOGUE.map((a) => [a.key, a]));

/** Settings holding agency-declared criteria, and the titles each applies to. */
const CRITERIA_SETTINGS: readonly { setting: SettingKey; awards: readonly EvaluableAward[] }[] = [
  { setting: 'ldtt.provinceExtraCriteria', awards: ['LDTT', 'CSTDCS'] },
  { setting: 'giayKhen.criteria', awards: ['GK_SO'] },
  { setting: 'bkTinh.collectiveCriteria', awards: ['BK_TINH'] },
  { setting: 'bkTtg.collectiveCriteria', awards: ['BK_TTG'] },
  { setting: 'coTdTinh.criteria', awards: ['CO_TD_TINH'] },
];

/** The catalogue plus the agency's own answered criteria (keys `answers.<id>`) in these settings. */
export function answerCatalogue(settings?: AgencySettings): AnswerSpec[] {
  const out: AnswerSpec[] = [...ANSWER_CATALOGUE];
  if (!settings) return out;
  const seen = new Set(out.map((a) => a.key));
  for (const { setting, awards } of CRITERIA_SETTINGS) {
    const list = settings[setting] as readonly { id: string; label: string; check: { kind: string }; subjects: readonly AnswerSubject[] }[];
    for (const c of list) {
      const key = `answers.${c.id}`;
      if (c.check.kind !== 'answer' || seen.has(key)) continue;
      seen.add(key);
      out.push({ key, label: c.label, help: 'Tiêu chí do cơ quan quy định.', valueType: 'boolean', subjects: c.subjects, sensitive: false, awards, agencyCriterion: { setting } });
    }
  }
  return out;
}

/**
 * The catalogue key of an answer path: `flags.answers["BK_TINH.a"]`, `answers["BK_TINH.a"]`,
 * `answers.BK_TINH.a`, `BK_TINH.a` → `answers.BK_TINH.a`; `flags.exemplaryCompliance` → `exemplaryCompliance`.
 */
export function answerKey(path: string): string {
  let p = path.trim();
  if (p.startsWith('flags.')) p = p.slice(6);
  const bracket = /^answers\[["'](.+)["']\]$/.exec(p);
  if (bracket) return `answers.${bracket[1]}`;
  if (p.startsWith('answers.')) return p;
  if (BY_KEY.has(p)) return p;
  return p.includes('.') ? `answers.${p}` : p;
}

/** The spec of a path in the catalogue (and, with settings, the agency's criteria); undefined if unknown. */
export function answerSpec(path: string, settings?: AgencySettings): AnswerSpec | undefined {
  const key = answerKey(path);
  return BY_KEY.get(key) ?? (settings ? answerCatalogue(settings).find((a) => a.key === key) : undefined);
}

/** Vietnamese name of an answer path; an unknown agency criterion is named by its code. */
export function answerLabel(path: string, settings?: AgencySettings): string {
  const spec = answerSpec(path, settings);
  if (spec) return spec.label;
  const key = answerKey(path);
  return key.startsWith('answers.') ? `Tiêu chí ${key.slice(8)}` : key;
}

/** Checks a value against the answer's type; a Vietnamese message when it does not fit. */
export function checkAnswerValue(spec: AnswerSpec, value: unknown): string | null {
  switch (spec.valueType) {
    case 'boolean':
      return typeof value === 'boolean' ? null : 'phải là Có hoặc Không.';
    case 'months':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 12 ? null : 'phải là số tháng từ 0 đến 12.';
    case 'working_days':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 366 ? null : 'phải là số ngày làm việc, từ 0 đến 366.';
    case 'vote': {
      const v = value as Partial<VoteAnswer> | null;
      if (!v || typeof v !== 'object' || !Number.isInteger(v.yes) || !Number.isInteger(v.members)) return 'cần số phiếu đồng ý và tổng số thành viên.';
      if (v.members! < 1 || v.yes! < 0) return 'số thành viên phải từ 1, số phiếu đồng ý từ 0.';
      if (v.present !== undefined && (!Number.isInteger(v.present) || v.present < 0 || v.present > v.members!)) return 'số thành viên có mặt phải từ 0 đến tổng số thành viên.';
      if (v.yes! > (v.present ?? v.members!)) return 'số phiếu đồng ý không được vượt số thành viên có mặt.';
      return null;
    }
  }
}

/** Vietnamese text of a recorded value ("Có", "11 tháng", "12/15 phiếu đồng ý"). */
export function formatAnswerValue(spec: Pick<AnswerSpec, 'valueType'>, value: unknown): string {
  if (spec.valueType === 'boolean') return value === true ? 'Có' : value === false ? 'Không' : '';
  if (spec.valueType === 'vote') {
    const v = value as VoteAnswer;
    return `${v.yes}/${v.members} phiếu đồng ý${v.present !== undefined ? ` (${v.present} có mặt)` : ''}`;
  }
  return `${String(value).replace('.', ',')} ${ANSWER_UNITS[spec.valueType]}`;
}

/** Flags of a case from recorded answers (key → value); values that do not fit their type are skipped. */
export function flagsFromAnswers(entries: Iterable<readonly [string, unknown]>): Flags {
  const flags: Flags = {};
  const f = flags as Record<string, unknown>;
  for (const [key, value] of entries) {
    if (key.startsWith('answers.')) {
      if (typeof value === 'boolean') (flags.answers ??= {})[key.slice(8)] = value;
      continue;
    }
    const spec = BY_KEY.get(key);
    if (spec && checkAnswerValue(spec, value) === null) f[key] = value;
  }
  return flags;
}
