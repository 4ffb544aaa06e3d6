import { useState } from 'react';
import { Card, Select, Space, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { EVALUABLE_AWARDS, findAward, type EvaluableAward } from '../../../domain/catalogue/awards';
import { usePersonExplanation, useUnitExplanation, type Verdict } from '../../api/eligibility';
import { useI18n } from '../../i18n/i18n';
import { lastYear, recentYears } from '../../lib/years';
import { VerdictPicker } from '../../components/eligibility/VerdictPicker';

type Target = 'person' | 'unit';

/** Titles and forms the engine can judge for an individual (or a collective) in a year. */
function awardsFor(target: Target, year: number): EvaluableAward[] {
  const wanted = target === 'person' ? 'individual' : 'collective';
  return EVALUABLE_AWARDS.filter((code) => {
    const t = findAward(code, `${year}-12-31`).target;
    return t === wanted || t === 'both';
  });
}

function PersonCheck({ id, year, award }: { id: string; year: number; award: EvaluableAward }) {
  const q = usePersonExplanation(id, year, award);
  return <Result verdicts={q.data?.verdicts} loading={q.isPending} error={q.error} />;
}

function UnitCheck({ id, year, award }: { id: string; year: number; award: EvaluableAward }) {
  const q = useUnitExplanation(id, year, award);
  return <Result verdicts={q.data?.verdicts} loading={q.isPending} error={q.error} />;
}

function Result(props: { verdicts: Verdict[] | undefined; loading: boolean; error: Error | null }) {
  return (
    <div data-testid="check-result">
      <VerdictPicker {...props} />
    </div>
  );
}

/** "Kiểm tra điều kiện": pick a year and a title or form, read the verdict with its articles. */
export function EligibilityCheckPanel({ target, id }: { target: Target; id: string }) {
  const { t, codeLabel } = useI18n();
  const [year, setYear] = useState(lastYear());
  const options = awardsFor(target, year);
  const [chosen, setChosen] = useState<EvaluableAward>(options[0]!);
  const award = options.includes(chosen) ? chosen : options[0]!;
  return (
    <Card
      size="small"
      title={
        <Space>
          <SafetyCertificateOutlined />
          {t('record.checkTitle')}
        </Space>
      }
      data-testid="check-panel"
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('record.checkHint')}
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          value={year}
          onChange={setYear}
          options={recentYears().map((y) => ({ value: y, label: t('screening.yearOption', { year: y }) }))}
          style={{ width: 120 }}
          data-testid="check-year"
          aria-label={t('screening.year')}
        />
        <Select
          value={award}
          onChange={setChosen}
          options={options.map((code) => ({ value: code, label: codeLabel('award', code) }))}
          style={{ width: 300 }}
          popupMatchSelectWidth={false}
          data-testid="check-award"
          aria-label={t('record.checkAward')}
        />
      </Space>
      {target === 'person' ? <PersonCheck id={id} year={year} award={award} /> : <UnitCheck id={id} year={year} award={award} />}
    </Card>
  );
}
