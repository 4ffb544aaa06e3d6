import type { Db } from '../../../db/client';
import { agencySettingsOn } from '../../../db/queries/records/settings';
import { SettingsError, type AgencySettings } from '../../../domain/eligibility/settings';
import { AppError } from '../../errors';

/** The agency's settings in force at the end of a year; a broken stored setting is reported, not a 500. */
export async function settingsForYear(db: Db, agencyId: string, year: number): Promise<AgencySettings> {
  try {
    return await agencySettingsOn(db, agencyId, `${year}-12-31`);
  } catch (err) {
    if (err instanceof SettingsError) throw new AppError('VALIDATION', `Quy chế TĐKT của cơ quan có thiết lập không hợp lệ: ${err.issues.join('; ')}`);
    throw err;
  }
}
