import type { ReactNode } from 'react';
import { Sidebar } from './sidebar.js';

/** Sidebar on the left, the page on the right (stacked on narrow screens). */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <div className="app-shell">
      <Sidebar />
      <main className="app-main">
        <div className="app-main__inner">{children}</div>
      </main>
    </div>
  );
}
