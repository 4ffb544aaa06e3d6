import { useRef, useState } from 'react';
import { Button, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/i18n';

/** Choose or drop one .xlsx file. A plain <input type=file> underneath, so it is easy to drive. */
export function FilePicker({ onFile, disabled }: { onFile: (file: File) => void; disabled?: boolean }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      className={`vd-dropzone${over ? ' is-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <FileExcelOutlined style={{ fontSize: 36, color: '#237804' }} />
      <Typography.Paragraph style={{ margin: '8px 0' }}>{t('import.dropHint')}</Typography.Paragraph>
      <Button type="primary" onClick={() => input.current?.click()} disabled={disabled} data-testid="import-choose">
        {t('import.chooseFile')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        style={{ display: 'none' }}
        data-testid="import-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
