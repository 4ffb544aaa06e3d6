import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/audit-log';
import { agencySettings } from '../../../db/schema';
import type { Actor } from '../../../domain/auth/roles';
import { SETTING_KEYS, SETTINGS_METADATA, validateSettingValue } from '../../../domain/eligibility';
import { validation } from '../../errors';
import { auditWho } from '../audit-actor';

export async function listSettingEntries(db: Db, agencyId: string) {
  return db.select().from(agencySettings).where(eq(agencySettings.agencyId, agencyId)).orderBy(asc(agencySettings.key), asc(agencySettings.effectiveFrom));
}

/**
 * A new dated entry of the agency's TĐKT regulation. History is never edited: a later entry takes
 * over from its effective date, so a verdict for an old year keeps the rule that applied then.
 */
export async function addSettingEntry(
  db: Db,
  actor: Actor,
  input: { key: string; value: unknown; effectiveFrom: string; effectiveTo?: string | null; note: string },
) {
  if (!(SETTING_KEYS as readonly string[]).includes(input.key)) {
    throw validation([{ path: 'key', field: 'Thiết lập', message: `Không có thiết lập "${input.key}".` }]);
  }
  const checked = validateSettingValue(input.key, input.value);
  if (!checked.ok) {
    const label = SETTINGS_METADATA.find((m) => m.key === input.key)?.labelVi ?? input.key;
    throw validation([{ path: 'value', field: label, message: checked.error }]);
  }
  if (input.effectiveTo && input.effectiveTo < input.effectiveFrom) {
    throw validation([{ path: 'effectiveTo', field: 'Ngày hết hiệu lực', message: 'Ngày hết hiệu lực phải sau ngày hiệu lực.' }]);
  }
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(agencySettings)
      .values({ agencyId: actor.agencyId, key: input.key, value: checked.value as object, effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo ?? null, note: input.note })
      .returning();
    await appendAudit(tx, { ...auditWho(actor), event: 'setting.added', entityId: created!.id, data: { after: created } });
    return created!;
  });
}
