/**
 * How the audit log names the subject of an entry, in words a person uses: "Nguyễn Văn An",
 * "Xếp loại 2024 — Nguyễn Văn An", "Sáng kiến «Số hóa hồ sơ»". Pure: the names of the people and
 * units a record points at are looked up by the caller (src/db/audit-labels.ts).
 */
import { AWARD_LABELS, type AwardCode } from '../catalogue/awards';
import { DISCIPLINE_FORM_LABELS, type DisciplineForm } from '../catalogue/codes';
import { SETTINGS_SPEC, type SettingKey } from '../eligibility/settings';

export interface LabelNames {
  /** Full name of the person the row's `personId` points at. */
  person?: string;
  /** Name of the unit the row's `unitId` points at. */
  unit?: string;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const withSubject = (head: string, names: LabelNames) => {
  const who = names.person ?? names.unit;
  return who ? `${head} — ${who}` : head;
};

/** The label of a stored row of `entity`, or undefined when the row says too little. */
export function recordLabel(entity: string, row: Record<string, unknown> | null | undefined, names: LabelNames = {}): string | undefined {
  if (!row) return undefined;
  const year = typeof row.year === 'number' ? ` ${row.year}` : '';
  switch (entity) {
    case 'person':
      return str(row.fullName);
    case 'unit':
      return str(row.name);
    case 'user': {
      const name = str(row.displayName);
      const username = str(row.username);
      return name && username ? `${name} (${username})` : (name ?? username);
    }
    case 'agency':
      return str(row.name) ?? str(row.agency);
    case 'rating':
      return withSubject(`Xếp loại${year}`, names);
    case 'award': {
      const code = str(row.awardCode);
      const name = code ? (AWARD_LABELS[code as AwardCode] ?? code) : 'Khen thưởng';
      return withSubject(`${name}${year}`, names);
    }
    case 'discipline': {
      const form = str(row.form);
      return withSubject(`Kỷ luật${form ? ` (${(DISCIPLINE_FORM_LABELS[form as DisciplineForm] ?? form).toLowerCase()})` : ''}`, names);
    }
    case 'initiative':
      return str(row.title) && `Sáng kiến «${str(row.title)}»`;
    case 'science_task':
      return str(row.title) && `Nhiệm vụ KH&CN «${str(row.title)}»`;
    case 'inspection':
      return str(row.title);
    case 'agency_setting': {
      const key = str(row.key);
      if (!key) return undefined;
      const spec = (SETTINGS_SPEC as Record<string, { labelVi: string } | undefined>)[key as SettingKey];
      return spec ? spec.labelVi : key;
    }
    case 'job':
      return str(row.fileName) && `Tệp «${str(row.fileName)}»`;
    default:
      return str(row.name) ?? str(row.title);
  }
}
