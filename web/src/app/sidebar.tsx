import { LogOutIcon } from '../ui/icons.js';
import { WaymarkLogo } from '../ui/waymark-logo.js';
import { useAuth } from './auth-provider.js';
import { Link } from './link.js';
import { COMING_SOON_NAV, DATA_NAV, type NavItem } from './nav-items.js';
import { useLocation } from './router.js';
import { useResource } from './use-resource.js';

/** The app's left rail: sections, what is coming next, and who is signed in. */
export function Sidebar() {
  const { pathname } = useLocation();
  return (
    <aside className="sidebar">
      <Link to="/events" className="sidebar__brand">
        <WaymarkLogo />
        <span>Waymark</span>
      </Link>
      <nav className="sidebar__nav" aria-label="Main">
        <p className="sidebar__heading">Data</p>
        {DATA_NAV.map((item) => (
          <SidebarLink
            key={item.testId}
            item={item}
            isActive={item.to !== undefined && pathname.startsWith(item.to)}
          />
        ))}
        <p className="sidebar__heading">Coming soon</p>
        {COMING_SOON_NAV.map((item) => (
          <span
            key={item.testId}
            className="nav-item is-disabled"
            aria-disabled="true"
            data-testid={item.testId}
          >
            {item.icon}
            <span className="nav-item__label">{item.label}</span>
            <span className="nav-item__tag">Soon</span>
          </span>
        ))}
      </nav>
      <SidebarAccount />
    </aside>
  );
}

function SidebarLink({ item, isActive }: { item: NavItem; isActive: boolean }) {
  return (
    <Link
      to={item.to ?? '/'}
      className={isActive ? 'nav-item is-active' : 'nav-item'}
      aria-current={isActive ? 'page' : undefined}
      data-testid={item.testId}
    >
      {item.icon}
      <span className="nav-item__label">{item.label}</span>
    </Link>
  );
}

function SidebarAccount() {
  const { client, signOut } = useAuth();
  const me = useResource('me', () => client.me());
  const who = me.data === undefined ? '' : me.data.kind === 'admin' ? 'Admin token' : me.data.email;
  return (
    <div className="sidebar__account">
      <span className="sidebar__who" title={who} data-testid="signed-in-as">
        {who}
      </span>
      <button type="button" className="sidebar__sign-out" onClick={signOut} data-testid="sign-out">
        <LogOutIcon width={16} height={16} />
        <span>Sign out</span>
      </button>
    </div>
  );
}
