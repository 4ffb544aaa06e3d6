import type { ButtonProps } from 'antd';

/** A data-testid for antd's dialog buttons (their props type does not list data-* attributes). */
export const buttonTestId = (id: string): ButtonProps => ({ 'data-testid': id }) as ButtonProps;
