import type { ReactNode } from 'react';

export interface EmptyStateProps {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  testId?: string;
}

export function EmptyState({ icon, title, children, testId }: EmptyStateProps) {
  return (
    <div className="empty-state" data-testid={testId}>
      {icon !== undefined && <div className="empty-state__icon">{icon}</div>}
      <h3 className="empty-state__title">{title}</h3>
      {children !== undefined && <div className="empty-state__body">{children}</div>}
    </div>
  );
}
