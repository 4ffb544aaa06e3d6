import { eq } from 'drizzle-orm';
import type { Db } from '../../client';
import { agencySettings } from '../../schema';
import { resolveSettings, type AgencySettings } from '../../../domain/eligibility/settings';

/** The agency's TĐKT settings in force on a date: its dated overrides merged on the legal defaults. */
export async function agencySettingsOn(db: Db, agencyId: string, onDate: string): Promise<AgencySettings> {
  const rows = await db
    .select({ key: agencySettings.key, value: agencySettings.value, effectiveFrom: agencySettings.effectiveFrom, effectiveTo: agencySettings.effectiveTo })
    .from(agencySettings)
    .where(eq(agencySettings.agencyId, agencyId));
  return resolveSettings(rows, onDate);
}
