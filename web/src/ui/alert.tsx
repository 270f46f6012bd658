import type { ReactNode } from 'react';

export interface AlertProps {
  /** @default 'error' */
  tone?: 'error' | 'info';
  title?: string;
  children: ReactNode;
  action?: ReactNode;
}

export function Alert({ tone = 'error', title, children, action }: AlertProps) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="alert__text">
        {title !== undefined && <strong className="alert__title">{title}</strong>}
        <span>{children}</span>
      </div>
      {action}
    </div>
  );
}
