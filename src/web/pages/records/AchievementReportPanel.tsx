import { useState } from 'react';
import { Button, Card, Select, Space, Typography } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { AWARD_CODES, findAward, type AwardCode } from '../../../domain/catalogue/awards';
import { useI18n } from '../../i18n/i18n';
import { lastYear, recentYears } from '../../lib/years';

type Target = 'person' | 'unit';

/** Titles and forms an individual (or a collective) can be proposed for in a year. */
function awardsFor(target: Target, year: number): AwardCode[] {
  const wanted = target === 'person' ? 'individual' : 'collective';
  return AWARD_CODES.filter((code) => {
    const t = findAward(code, `${year}-12-31`).target;
    return t === wanted || t === 'both';
  });
}

/** The download URL (the proposals screens link the same routes from their candidate rows). */
export const achievementReportUrl = (target: Target, id: string, award: AwardCode, year: number) =>
  `/api/${target === 'person' ? 'people' : 'units'}/${id}/achievement-report.docx?${new URLSearchParams({ award, year: String(year) })}`;

/** "Tải báo cáo thành tích (DOCX)": pick the award and the year, download the draft drafted from the record. */
export function AchievementReportPanel({ target, id }: { target: Target; id: string }) {
  const { t, codeLabel } = useI18n();
  const [year, setYear] = useState(lastYear());
  const options = awardsFor(target, year);
  const [chosen, setChosen] = useState<AwardCode>(options[0]!);
  const award = options.includes(chosen) ? chosen : options[0]!;
  return (
    <Card
      size="small"
      style={{ marginTop: 12 }}
      title={
        <Space>
          <FileWordOutlined />
          {t('achievementReport.title')}
        </Space>
      }
      data-testid="achievement-report-panel"
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('achievementReport.hint')}
      </Typography.Paragraph>
      <Space wrap>
        <Select
          value={year}
          onChange={setYear}
          options={recentYears().map((y) => ({ value: y, label: t('screening.yearOption', { year: y }) }))}
          style={{ width: 120 }}
          data-testid="achievement-report-year"
          aria-label={t('achievementReport.year')}
        />
        <Select
          value={award}
          onChange={setChosen}
          options={options.map((code) => ({ value: code, label: codeLabel('award', code) }))}
          style={{ width: 300 }}
          popupMatchSelectWidth={false}
          data-testid="achievement-report-award"
          aria-label={t('achievementReport.award')}
        />
        <Button type="primary" icon={<FileWordOutlined />} href={achievementReportUrl(target, id, award, year)} download data-testid="achievement-report-download">
          {t('achievementReport.download')}
        </Button>
      </Space>
    </Card>
  );
}
