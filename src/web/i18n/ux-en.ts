/** English strings of ux-vi.ts (typed against it). */
import type { UxMessageKey } from './ux-vi';

import type { RatingRegimeId } from '../../domain/catalogue/codes';
import { prefixed } from './codes';

const ratingRegimeShort: Record<RatingRegimeId, string> = {
  ND90: 'Decree 90/2020',
  ND335: 'Decree 335/2025',
  ND233: 'Decree 233/2026',
  INTERNAL: 'Internal rules',
};

export const uxEn: Record<UxMessageKey, string> = {
  'header.openMenu': 'Open the menu',
  'scope.emptyOwn': 'You can see only your own record.',
  'scope.emptyUnits': 'You can see only the unit you are responsible for.',
  'scope.emptyAgency': 'No data.',

  'verdict.kind.criterion': 'Criterion',
  'verdict.kind.alternative': 'One of several points (one is enough)',
  'verdict.kind.deferral': 'Grounds for deferring the review',
  'verdict.deferralPass': 'Not deferred',
  'verdict.deferralFail': 'Deferred',
  'verdict.missingInfo': 'To be recorded:',
  'verdict.councilInfo': "The council's result to record:",
  'verdict.legalTextVi': 'Criteria, explanations and citations are quoted in Vietnamese, as in the legal texts.',
  'settings.keyHint': 'Setting code, as used in the check tool\'s files',
  'settings.textInVietnamese': 'Setting names, explanations and values are in Vietnamese, as in the regulation.',
  'settings.notSet': 'Not set',
  'settings.noCriteria': 'No criteria.',
  'settings.addCriterion': 'Add a criterion',
  'settings.removeCriterion': 'Remove the criterion',
  'settings.criterionName': 'Criterion name',
  'settings.criterionCheck': 'How it is checked',
  'settings.check.answer': 'Attested by the unit for each person or collective',
  'settings.check.minRating': 'Minimum rating of the year',
  'settings.check.hasTitle': 'Holds a title or award in the year',
  'settings.forIndividuals': 'Individuals',
  'settings.forCollectives': 'Collectives',
  'settings.criterionDocument': 'Document (e.g. Decision …/QĐ-UBND)',
  'settings.criterionArticle': 'Article',
  'settings.criterionText': 'What it requires',
  'settings.criterionCode': 'Criterion code:',

  'cap.governing': 'Ratings of {year} are made under:',
  'cap.noLegalCap': 'no cap set by decree',
  'cap.ruleText':
    'No more than {pct} of those rated "well completed" or better may be rated "excellently completed", per unit and staff group; public employees of a unit itself rated excellent: up to {pctOutstanding}.',
  'cap.roundingText': "The maximum is rounded as the agency's regulation says: {mode}.",
  'cap.capValueText': '{pct} = {cap} people',
  'cap.emptyYear': 'No ratings recorded for {year}',
  'records.export': 'Export to Excel',
  ...prefixed('ratingRegimeShort', ratingRegimeShort),

  'overview.ownRecord': 'Your record',
  'overview.ownRecordHint': 'A staff account sees its own record: personal details, work history and emulation and commendation record.',
  'overview.ownProfile': 'Personal details',
  'overview.ownRecordLink': 'Emulation and commendation record',
  'overview.byUnitOwn': 'People by unit (your unit)',
  'overview.scopeSelf': 'You can see your own record.',
  'overview.scopeUnits': 'The figures on this page count only the unit you are responsible for (and its sub-units).',
  'overview.scopeAgency': 'The figures on this page count the whole agency.',
};
