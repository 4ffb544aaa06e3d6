import { useEffect, useState } from 'react';
import { Alert, Empty, Radio, Spin } from 'antd';
import type { Verdict } from '../../api/eligibility';
import { useI18n } from '../../i18n/i18n';
import { VERDICT_COLORS } from './VerdictStatusTag';
import { VerdictView } from './VerdictView';

const DOT: Record<string, string> = { green: '#389e0d', blue: '#0958d9', red: '#cf1322', orange: '#d46b08', purple: '#722ed1' };

/** Several verdicts (one per title or form): a switch between them, then the chosen one in full. */
export function VerdictPicker({
  verdicts,
  initialAward,
  loading,
  error,
}: {
  verdicts: Verdict[] | undefined;
  initialAward?: string;
  loading: boolean;
  error: Error | null;
}) {
  const { t, codeLabel } = useI18n();
  const [award, setAward] = useState<string | undefined>(initialAward);
  useEffect(() => setAward(initialAward), [initialAward]);

  if (loading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (error) return <Alert type="error" showIcon title={error.message} />;
  if (!verdicts?.length) return <Empty description={t('verdict.none')} />;
  const chosen = verdicts.find((v) => v.award.code === award) ?? verdicts[0]!;
  return (
    <>
      {verdicts.length > 1 && (
        <Radio.Group
          size="small"
          optionType="button"
          value={chosen.award.code}
          onChange={(e) => setAward(String(e.target.value))}
          className="vd-award-switch"
          options={verdicts.map((v) => ({
            value: v.award.code,
            label: (
              <span data-testid={`verdict-award-${v.award.code}`} title={codeLabel('award', v.award.code)}>
                <span className="vd-dot" style={{ background: DOT[VERDICT_COLORS[v.status]] }} />
                {codeLabel('awardShort', v.award.code)}
              </span>
            ),
          }))}
        />
      )}
      <VerdictView verdict={chosen} />
    </>
  );
}
