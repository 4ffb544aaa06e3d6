import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { format } from 'date-fns';
import { z, isoDate } from '../../shared/zod-vi';
import { policies } from '../../domain/policies';
import { idParams } from '../../shared/schemas/common';
import { DEFAULT_SETTINGS, evaluate, parseEligibilityRequest, SETTINGS_METADATA, unknownAnswerErrors, type EligibilityCase } from '../../domain/eligibility';
import { AWARD_CATALOGUE, EVALUABLE_AWARDS, type EvaluableAward } from '../../domain/catalogue';
import { agencySettingsAt } from '../services/records/settings';
import { AppError, validation } from '../errors';
import { screen, awardNames, COLLECTIVE_SCREENING_AWARDS, INDIVIDUAL_SCREENING_AWARDS } from '../services/screening/screen';
import { explainPerson, explainUnit } from '../services/screening/explain';
import { screenShared } from '../services/screening/screen-shared';
import { screeningWorkbook } from '../../documents/screening-xlsx';
import { xlsxDownloadHeaders } from '../../documents/xlsx';
import { listSettingEntries, addSettingEntry } from '../services/screening/settings-service';
import type { Scope } from '../../domain/policies';

const yearQuery = z.coerce.number().int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ');
const screeningQuery = z.object({
  year: yearQuery,
  unitId: z.uuid().optional(),
  asOf: z.iso.date().optional(),
});

/** A unit head screens their own subtree: the unit asked for must be inside it; default its root. */
function unitWithinScope(scope: Scope | null, unitId: string | undefined, roots: string[]): string | undefined {
  if (!scope || scope.kind === 'agency') return unitId;
  if (scope.kind !== 'units') throw new AppError('FORBIDDEN');
  if (unitId) {
    if (!scope.unitIds.has(unitId)) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
    return unitId;
  }
  return roots[0];
}

export async function eligibilityRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.database.db;
  const rootsOf = (req: { actor: { grants: { unitId: string | null }[] } | null }) =>
    (req.actor?.grants ?? []).map((g) => g.unitId).filter((u): u is string => !!u);

  r.post('/api/eligibility/check', {
    config: { policy: policies.eligibility.check },
    schema: {
      tags: ['eligibility'],
      summary: 'Kiểm tra điều kiện từ hồ sơ JSON (một hồ sơ hoặc một mảng); lược đồ tại docs/eligibility-check.md',
      body: z.unknown(),
      querystring: z.object({ settings: z.enum(['agency', 'law']).default('agency') }),
    },
  }, async (req) => {
    const parsed = parseEligibilityRequest(req.body);
    if (!parsed.ok) {
      throw validation(parsed.issues, `Hồ sơ không hợp lệ: ${parsed.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    }
    // The agency's regulation in force on the case's reference date, the date that also selects the
    // legal regime (docs/eligibility-check.md): dossier date, else date of the check, else 31/12.
    const settingsList = await Promise.all(parsed.cases.map(async (c: EligibilityCase) =>
      req.query.settings === 'agency' ? await agencySettingsAt(db(), req.actor!.agencyId, c.dossierDate ?? c.asOf ?? `${c.year}-12-31`) : DEFAULT_SETTINGS));
    const unknownAnswers = unknownAnswerErrors(parsed.cases, parsed.single, (c) => settingsList[parsed.cases.indexOf(c)]!);
    if (unknownAnswers.length) {
      throw validation(unknownAnswers, `Hồ sơ không hợp lệ: ${unknownAnswers.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    }
    const verdicts = parsed.cases.map((c, i) => evaluate(c, settingsList[i]));
    return parsed.single ? verdicts[0] : verdicts;
  });

  r.get('/api/eligibility/screening', {
    config: { policy: policies.eligibility.screen },
    schema: { tags: ['eligibility'], summary: 'Rà soát: mọi cá nhân và tập thể trong phạm vi, đủ điều kiện danh hiệu nào và vì sao chưa đủ', querystring: screeningQuery },
  }, async (req) => {
    const unitId = unitWithinScope(req.scope, req.query.unitId, rootsOf(req));
    const result = await screenShared(db(), { agencyId: req.actor!.agencyId, year: req.query.year, unitId, asOf: req.query.asOf });
    return {
      ...result,
      awardNames: {
        individual: awardNames(req.query.year, INDIVIDUAL_SCREENING_AWARDS),
        collective: awardNames(req.query.year, COLLECTIVE_SCREENING_AWARDS),
      },
    };
  });

  r.get('/api/eligibility/screening.xlsx', {
    config: { policy: policies.eligibility.screen },
    schema: { tags: ['eligibility'], summary: 'Xuất kết quả rà soát ra Excel', querystring: screeningQuery },
  }, async (req, reply) => {
    const unitId = unitWithinScope(req.scope, req.query.unitId, rootsOf(req));
    const result = await screen(db(), { agencyId: req.actor!.agencyId, year: req.query.year, unitId, asOf: req.query.asOf });
    const buffer = await screeningWorkbook(result);
    reply.headers(xlsxDownloadHeaders(`ra-soat-thi-dua-khen-thuong-${req.query.year}.xlsx`));
    return reply.send(buffer);
  });

  const explainQuery = z.object({
    year: yearQuery,
    award: z.enum(EVALUABLE_AWARDS, { error: 'Danh hiệu / hình thức không hợp lệ' }).optional(),
    asOf: z.iso.date().optional(),
  });

  r.get('/api/eligibility/person/:id', {
    config: { policy: policies.records.read },
    schema: { tags: ['eligibility'], summary: 'Giải thích điều kiện của một cá nhân cho từng danh hiệu, có trích dẫn điều luật', params: idParams, querystring: explainQuery },
  }, async (req) =>
    explainPerson(db(), req.scope, req.actor!.agencyId, req.params.id, { year: req.query.year, award: req.query.award as EvaluableAward | undefined, asOf: req.query.asOf }));

  r.get('/api/eligibility/unit/:id', {
    config: { policy: policies.records.read },
    schema: { tags: ['eligibility'], summary: 'Giải thích điều kiện của một tập thể cho từng danh hiệu', params: idParams, querystring: explainQuery },
  }, async (req) =>
    explainUnit(db(), req.scope, req.actor!.agencyId, req.params.id, { year: req.query.year, award: req.query.award as EvaluableAward | undefined, asOf: req.query.asOf }));

  r.get('/api/eligibility/catalogue', {
    config: { policy: policies.system.catalogue },
    schema: { tags: ['eligibility'], summary: 'Danh mục danh hiệu thi đua và hình thức khen thưởng (theo thời kỳ hiệu lực)' },
  }, async () => ({ awards: AWARD_CATALOGUE }));

  r.get('/api/eligibility/settings', {
    config: { policy: policies.eligibility.settingsRead },
    schema: { tags: ['eligibility'], summary: 'Quy chế TĐKT của cơ quan: các thiết lập, giá trị đang áp dụng và lịch sử theo ngày hiệu lực', querystring: z.object({ onDate: z.iso.date().optional() }) },
  }, async (req) => {
    const onDate = req.query.onDate ?? format(new Date(), 'yyyy-MM-dd');
    const current = await agencySettingsAt(db(), req.actor!.agencyId, onDate);
    return { onDate, metadata: SETTINGS_METADATA, current, entries: await listSettingEntries(db(), req.actor!.agencyId) };
  });

  r.post('/api/eligibility/settings', {
    config: { policy: policies.eligibility.settingsWrite },
    schema: {
      tags: ['eligibility'],
      summary: 'Thêm một thiết lập có ngày hiệu lực (không sửa lịch sử: thiết lập mới thay thế từ ngày hiệu lực)',
      body: z.strictObject({
        key: z.string({ error: 'Chọn thiết lập' }).min(1, 'Chọn thiết lập').max(100).meta({ title: 'Thiết lập' }),
        value: z.unknown().meta({ title: 'Giá trị' }),
        effectiveFrom: z.string({ error: 'Chọn ngày hiệu lực' }).pipe(isoDate),
        effectiveTo: z.string().pipe(isoDate).nullable().optional(),
        note: z.string().max(500).default(''),
      }),
    },
  }, async (req, reply) => reply.status(201).send(await addSettingEntry(db(), req.actor!, req.body)));
}
