/**
 * Numbers as Vietnamese readers write them: "1.181" (dot between thousands), "66,7" (decimal comma),
 * "66,7 %" (a non-breaking space before the sign). One helper for the web, the server's texts and
 * the documents, so the same figure reads the same everywhere.
 */
const formatters = new Map<number, Intl.NumberFormat>();

function formatter(maxFractionDigits: number): Intl.NumberFormat {
  let f = formatters.get(maxFractionDigits);
  if (!f) formatters.set(maxFractionDigits, (f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxFractionDigits, useGrouping: true })));
  return f;
}

/** 1181 → "1.181"; 2/3 with 1 digit → "0,7"; 12.5 → "12,5". */
export function formatNumberVi(value: number, maxFractionDigits = 2): string {
  return formatter(maxFractionDigits).format(value);
}

/** A percentage given in percent: 66.666 → "66,7 %". */
export function formatPercentVi(percent: number, maxFractionDigits = 1): string {
  return `${formatNumberVi(percent, maxFractionDigits)}\u00a0%`;
}

/** A share given as a fraction: 2/3 → "66,7 %". */
export function formatShareVi(share: number, maxFractionDigits = 1): string {
  return formatPercentVi(share * 100, maxFractionDigits);
}
