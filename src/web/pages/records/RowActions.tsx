import { App, Button, Space, Tooltip } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/i18n';

/** Edit and delete buttons of a record row; deleting asks first and says it is logged. */
export function RowActions({
  onEdit,
  onDelete,
  deleteTitle,
  canDelete = true,
  deleteBlockedReason,
}: {
  onEdit?: () => void;
  onDelete?: () => Promise<unknown>;
  deleteTitle: string;
  canDelete?: boolean;
  deleteBlockedReason?: string;
}) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  return (
    <Space size={0} onClick={(e) => e.stopPropagation()}>
      {onEdit && (
        <Tooltip title={t('common.edit')}>
          <Button type="text" size="small" icon={<EditOutlined />} onClick={onEdit} aria-label={t('common.edit')} data-testid="row-edit" />
        </Tooltip>
      )}
      {onDelete && (
        <Tooltip title={canDelete ? t('records.delete') : deleteBlockedReason}>
          <Button
            type="text"
            size="small"
            danger
            disabled={!canDelete}
            icon={<DeleteOutlined />}
            aria-label={t('records.delete')}
            data-testid="row-delete"
            onClick={() =>
              modal.confirm({
                title: deleteTitle,
                content: t('records.deleteHint'),
                okText: t('records.delete'),
                okButtonProps: { danger: true, ...({ 'data-testid': 'delete-confirm' } as object) },
                cancelText: t('common.cancel'),
                onOk: async () => {
                  try {
                    await onDelete();
                    message.success(t('records.deleted'));
                  } catch (e) {
                    message.error(e instanceof Error ? e.message : String(e));
                  }
                },
              })
            }
          />
        </Tooltip>
      )}
    </Space>
  );
}
