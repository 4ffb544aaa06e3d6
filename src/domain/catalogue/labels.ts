/** Every Vietnamese label of the catalogue in one object, for the UI and generated documents. */
import { AWARD_LABELS } from './awards';
import {
  ACCEPTANCE_RESULT_LABELS,
  AWARD_KIND_LABELS,
  BASIS_TYPE_LABELS,
  CONFERRER_LABELS,
  CSTDCS_PATH_LABELS,
  DISCIPLINE_FORM_LABELS,
  FREQUENCY_LABELS,
  INITIATIVE_SCOPE_LABELS,
  PENDING_CHECK_LABELS,
  RATING_LEVEL_LABELS,
  RATING_REGIME_LABELS,
  SCIENCE_TASK_KIND_LABELS,
  STAFF_CATEGORY_LABELS,
  TARGET_LABELS,
} from './codes';
import { CONFIDENCE_LABELS_VI, INSTRUMENTS, INSTRUMENT_IDS, type InstrumentId } from './legal-basis';

export const INSTRUMENT_LABELS: Record<InstrumentId, string> = Object.fromEntries(
  INSTRUMENT_IDS.map((id) => [id, INSTRUMENTS[id].nameVi]),
) as Record<InstrumentId, string>;

export const LABELS_VI = {
  awards: AWARD_LABELS,
  awardKinds: AWARD_KIND_LABELS,
  ratingLevels: RATING_LEVEL_LABELS,
  ratingRegimes: RATING_REGIME_LABELS,
  staffCategories: STAFF_CATEGORY_LABELS,
  disciplineForms: DISCIPLINE_FORM_LABELS,
  pendingChecks: PENDING_CHECK_LABELS,
  basisTypes: BASIS_TYPE_LABELS,
  initiativeScopes: INITIATIVE_SCOPE_LABELS,
  scienceTaskKinds: SCIENCE_TASK_KIND_LABELS,
  acceptanceResults: ACCEPTANCE_RESULT_LABELS,
  cstdcsPaths: CSTDCS_PATH_LABELS,
  conferrers: CONFERRER_LABELS,
  frequencies: FREQUENCY_LABELS,
  targets: TARGET_LABELS,
  instruments: INSTRUMENT_LABELS,
  confidence: CONFIDENCE_LABELS_VI,
} as const;
