import { Alert } from 'antd';

/** The message of a failed request that no single field could show. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return <Alert type="error" showIcon title={message} style={{ marginBottom: 16 }} data-testid="form-error" />;
}
