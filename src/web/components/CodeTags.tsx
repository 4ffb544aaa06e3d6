import { Tag } from 'antd';
import { useI18n } from '../i18n/i18n';

const STATUS_COLORS: Record<string, string> = { active: 'success', transferred: 'warning', retired: 'default' };

export function PersonStatusTag({ status }: { status: string }) {
  const { codeLabel } = useI18n();
  return <Tag color={STATUS_COLORS[status] ?? 'default'}>{codeLabel('personStatus', status)}</Tag>;
}
