/** Response types of the screening route, shared by the server and the web app. */
import type { EvaluableAward } from '../../domain/catalogue/awards';
import type { ScreeningIssue } from '../../domain/eligibility/evaluate';
import type { VerdictStatus } from '../../domain/eligibility/verdict-schema';

/** One cell of the screening table: the status and the lines that stand in the way. */
export interface ScreeningCell {
  status: VerdictStatus;
  issues: ScreeningIssue[];
}

export interface ScreenedPerson {
  id: string;
  code: string;
  fullName: string;
  unitId: string | null;
  unitName: string;
  position: string;
  staffCategory: string;
  isDirectWorker: boolean;
  results: Partial<Record<EvaluableAward, ScreeningCell>>;
}

export interface ScreenedUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
  memberCount: number;
  results: Partial<Record<EvaluableAward, ScreeningCell>>;
}

export interface ScreeningResult {
  year: number;
  asOf: string;
  regime: { id: string; name: string } | null;
  awards: { individual: EvaluableAward[]; collective: EvaluableAward[] };
  people: ScreenedPerson[];
  units: ScreenedUnit[];
  summary: Partial<Record<EvaluableAward, Record<VerdictStatus, number>>>;
}
