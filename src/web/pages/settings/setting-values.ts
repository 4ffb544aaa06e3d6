import { SETTINGS_SPEC, type SettingKey } from '../../../domain/eligibility/settings';
import { formatSettingValueVi } from '../../../domain/eligibility/setting-values';

export function isSettingKey(key: string): key is SettingKey {
  return Object.prototype.hasOwnProperty.call(SETTINGS_SPEC, key);
}

/** A value as a person reads it, in the domain's words ("Làm tròn xuống", "50 %", "Không có"). */
export function formatSettingValue(key: string, value: unknown): string {
  return isSettingKey(key) ? formatSettingValueVi(key, value) : JSON.stringify(value);
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
