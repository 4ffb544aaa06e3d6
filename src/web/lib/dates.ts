import dayjs, { type Dayjs } from 'dayjs';

/** Dates are shown dd/mm/yyyy everywhere, as Vietnamese administrative documents write them. */
export const DATE_FORMAT = 'DD/MM/YYYY';

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.format(DATE_FORMAT) : iso;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.format(`${DATE_FORMAT} HH:mm:ss`) : iso;
}

/** DatePicker value → the yyyy-mm-dd the API takes (null when empty). */
export function toIsoDate(value: Dayjs | null | undefined): string | null {
  return value && value.isValid() ? value.format('YYYY-MM-DD') : null;
}

export function fromIsoDate(iso: string | null | undefined): Dayjs | null {
  return iso ? dayjs(iso) : null;
}
