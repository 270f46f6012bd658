import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'indigo' | 'green' | 'sky' | 'teal' | 'amber' | 'rose' | 'violet';

export interface BadgeProps {
  tone?: BadgeTone;
  children: ReactNode;
  testId?: string;
}

/** A small rounded label; the tone carries meaning, the text carries the words. */
export function Badge({ tone = 'neutral', children, testId }: BadgeProps) {
  return (
    <span className={`badge badge--${tone}`} data-testid={testId}>
      {children}
    </span>
  );
}
