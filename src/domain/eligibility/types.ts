/** Internal types shared by the rule modules. */
import type { BasisType, EvaluableAward, InstrumentId, Confidence, RatingRegimeId, CitedBasis } from '../catalogue';
import type { PersonIndex, CollectiveIndex } from './case-index';
import type { AgencySettings } from './settings';
import type { BasisUsed, CriterionLine } from './verdict-schema';

export interface VerdictBuilder {
  lines: CriterionLine[];
  notes: string[];
  basis: BasisUsed;
}

export interface EvalContext {
  award: EvaluableAward;
  year: number;
  basisType: BasisType;
  settings: AgencySettings;
  regime: LegalRegime;
  /** Date used to select the regime. */
  refDate: string;
  /** Date of the check (open inspections, penalties in force). */
  asOf: string;
  out: VerdictBuilder;
  /**
   * Bulk screening keeps only each line's id, kind, label and result: details and data are not
   * built (push skips the thunks that make them). Never changes a result.
   */
  lean?: boolean;
}

export type IndividualEvaluator = (ctx: EvalContext, p: PersonIndex) => void;
export type CollectiveEvaluator = (ctx: EvalContext, c: CollectiveIndex) => void;

export interface AwardRule {
  individual?: IndividualEvaluator;
  collective?: CollectiveEvaluator;
}

export type RuleSet = Partial<Record<EvaluableAward, AwardRule>>;

/** Principles whose legal basis changes with the detailing decree. */
export interface RegimePrinciples {
  /** D-1 / R-PRIN-5. */
  deferral: CitedBasis;
  /** D-2 / R-PRIN-6. */
  penaltyServed: CitedBasis;
  /** D-8 / R-PRIN-4. */
  irregularNotBasis: CitedBasis;
}

export type LegalRegimeId = 'LAW2022_ND98_TT01' | 'LAW2022_ND152_TT15' | 'LAW2026';

export interface LegalRegime {
  id: LegalRegimeId;
  name: string;
  instruments: InstrumentId[];
  effectiveFrom: string;
  effectiveTo: string | null;
  confidence: Confidence;
  principles: RegimePrinciples;
  rules: RuleSet;
  /** Extra checks every collective verdict runs under this regime (e.g. TT15 dissolved units). */
  collectiveChecks: CollectiveEvaluator[];
  notes: string[];
}

export type { RatingRegimeId };
