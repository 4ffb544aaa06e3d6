import { Drawer, Empty, Tag, Timeline, Typography } from 'antd';
import { useCandidateTimeline } from '../../api/proposals';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/dates';

/** A candidate's whole history (who, when, what, why), read from the audit log and the engine runs. */
export function TimelineDrawer({ candidate, onClose }: { candidate: { id: string; name: string } | null; onClose: () => void }) {
  const { t } = useI18n();
  const timeline = useCandidateTimeline(candidate?.id);
  const items = timeline.data?.items ?? [];
  return (
    <Drawer open={!!candidate} onClose={onClose} size={560} title={candidate ? t('prop.timeline.title', { name: candidate.name }) : ''} destroyOnHidden>
      {timeline.error && <Typography.Text type="danger">{timeline.error.message}</Typography.Text>}
      {!timeline.isPending && !items.length && <Empty description={t('prop.timeline.empty')} />}
      <div data-testid="candidate-timeline">
        <Timeline
          items={items.map((e) => ({
            key: e.seq,
            children: (
              <div data-testid="timeline-entry">
                <Typography.Text strong>{e.what}</Typography.Text>
                {e.scope === 'proposal' && <Tag style={{ marginInlineStart: 8 }}>{t('prop.timeline.proposalStep')}</Tag>}
                <br />
                <Typography.Text type="secondary">{formatDateTime(e.at)} · {e.actorName}</Typography.Text>
                {e.why && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{e.why}</Typography.Paragraph>}
              </div>
            ),
          }))}
        />
      </div>
    </Drawer>
  );
}
