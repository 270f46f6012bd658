import type { ReactNode } from 'react';

export interface CardProps {
  title?: ReactNode;
  /** Shown at the right of the title row. */
  actions?: ReactNode;
  /** Drop the inner padding, for tables that run to the edges. */
  isFlush?: boolean;
  className?: string;
  testId?: string;
  children: ReactNode;
}

export function Card({ title, actions, isFlush = false, className, testId, children }: CardProps) {
  const classes = ['card', isFlush ? 'card--flush' : '', className].filter(Boolean).join(' ');
  return (
    <section className={classes} data-testid={testId}>
      {(title !== undefined || actions !== undefined) && (
        <header className="card__header">
          <h2 className="card__title">{title}</h2>
          {actions}
        </header>
      )}
      <div className="card__body">{children}</div>
    </section>
  );
}
