import { auth } from '../api/endpoints.js';
import { leave, navigate } from '../app/router.js';
import { useSession } from '../app/session.js';
import Link from './Link.jsx';
import ThemeSwitch from './ThemeSwitch.jsx';

export default function TopBar({ children }) {
  const { user, setUser } = useSession();
  const logout = () =>
    leave('/login', async () => {
      try {
        await auth.logout();
      } finally {
        navigate('/login', { force: true });
        setUser(null);
      }
    });
  return (
    <header className="topbar">
      <Link to="/" className="brand" data-testid="home-link">
        <span className="brand-dot">●</span> DotPortion
      </Link>
      <nav className="crumbs">{children}</nav>
      <ThemeSwitch />
      <Link to="/account" className="who" data-testid="current-user">
        {user?.username}
      </Link>
      <button type="button" className="btn ghost" onClick={logout} data-testid="logout">
        Log out
      </button>
    </header>
  );
}
