/** Turns a code → label list into catalogue entries under one prefix ("unitKind.office": "Văn phòng"). */
export function prefixed<P extends string, K extends string>(prefix: P, labels: Record<K, string>): Record<`${P}.${K}`, string> {
  const out = {} as Record<`${P}.${K}`, string>;
  for (const [code, label] of Object.entries(labels) as [K, string][]) out[`${prefix}.${code}` as `${P}.${K}`] = label;
  return out;
}

/** The groups of code labels the catalogues carry, so `codeLabel(group, code)` can find them. */
export type CodeGroup =
  | 'unitKind'
  | 'staffCategory'
  | 'gender'
  | 'personStatus'
  | 'role'
  | 'auditAction'
  | 'auditEntity'
  // TĐKT records and the eligibility engine (records-vi.ts / records-en.ts)
  | 'award'
  | 'awardShort'
  | 'verdictStatus'
  | 'verdictShort'
  | 'lineResult'
  | 'ratingLevel'
  | 'ratingRegime'
  | 'ratingRegimeShort'
  | 'disciplineForm'
  | 'inspectionKind'
  | 'basisType'
  | 'initiativeScope'
  | 'scienceTaskKind'
  | 'scienceTaskLevel'
  | 'scienceTaskRole'
  | 'acceptanceResult'
  | 'cstdcsPath'
  | 'awardSource'
  | 'conferrer'
  | 'importKind'
  // notifications and mail (notifications-vi.ts / notifications-en.ts)
  | 'notificationKind'
  | 'outboxStatus';
