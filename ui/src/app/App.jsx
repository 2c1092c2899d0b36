import { useEffect, useMemo, useState } from 'react';
import { onUnauthorized } from '../api/client.js';
import { auth } from '../api/endpoints.js';
import { navigate, safeNext, usePath } from './router.js';
import { NodeTypesContext, useNodeTypeLoader } from './nodeTypes.js';
import { SessionContext } from './session.js';
import Routes from './Routes.jsx';
import { ThemeContext, useThemeState } from './theme.js';

const PUBLIC = ['/login', '/signup'];

export default function App() {
  const path = usePath();
  const [user, setUser] = useState(undefined);
  const theme = useThemeState();

  useEffect(() => {
    auth.session().then(
      (s) => setUser(s?.signedIn ? s.user : null),
      () => setUser(null),
    );
    return onUnauthorized(() => setUser(null));
  }, []);

  // Signed out on an app page: to the login page, keeping the page to come back to (a deep link survives login).
  useEffect(() => {
    if (user === null && !PUBLIC.includes(path)) {
      const here = safeNext(path + window.location.search);
      const next = here && here !== '/' ? `?next=${encodeURIComponent(here)}` : '';
      navigate(`/login${next}`, { replace: true, force: true });
    }
    if (user && PUBLIC.includes(path)) {
      const next = safeNext(new URLSearchParams(window.location.search).get('next'));
      navigate(next || '/', { replace: true, force: true });
    }
  }, [user, path]);

  const session = useMemo(() => ({ user, setUser }), [user]);
  const types = useNodeTypeLoader(Boolean(user));
  if (user === undefined)
    return (
      <div className="boot" data-testid="booting">
        Loading…
      </div>
    );
  return (
    <ThemeContext.Provider value={theme}>
      <SessionContext.Provider value={session}>
        <NodeTypesContext.Provider value={types}>
          <Routes path={path} signedIn={Boolean(user)} />
        </NodeTypesContext.Provider>
      </SessionContext.Provider>
    </ThemeContext.Provider>
  );
}
