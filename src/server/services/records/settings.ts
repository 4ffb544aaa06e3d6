import type { Db } from '../../../db/client';
import { agencySettingsOn } from '../../../db/queries/records/settings';
import { SettingsError, type AgencySettings } from '../../../domain/eligibility/settings';

/**
 * The agency's settings in force on a date. Every reader goes through here (ratings, screening,
 * explanations, the check route), so a stored setting that no longer validates is the same
 * Vietnamese 400 everywhere, never a 500.
 */
export async function agencySettingsAt(db: Db, agencyId: string, onDate: string): Promise<AgencySettings> {
  try {
    return await agencySettingsOn(db, agencyId, onDate);
  } catch (err) {
    if (err instanceof SettingsError) throw new SettingsError(err.issues, `Quy chế TĐKT của cơ quan có thiết lập không hợp lệ: ${err.issues.join('; ')}`);
    throw err;
  }
}

/** The agency's settings in force at the end of a year. */
export const settingsForYear = (db: Db, agencyId: string, year: number): Promise<AgencySettings> => agencySettingsAt(db, agencyId, `${year}-12-31`);
