import { useEffect, useMemo, useState } from 'react';
import { onUnauthorized } from '../api/client.js';
import { auth } from '../api/endpoints.js';
import { navigate, usePath } from './router.js';
import { NodeTypesContext, useNodeTypeLoader } from './nodeTypes.js';
import { SessionContext } from './session.js';
import Routes from './Routes.jsx';

const PUBLIC = ['/login', '/signup'];

export default function App() {
  const path = usePath();
  const [user, setUser] = useState(undefined);

  useEffect(() => {
    auth.me().then(setUser, () => setUser(null));
    return onUnauthorized(() => setUser(null));
  }, []);

  useEffect(() => {
    if (user === null && !PUBLIC.includes(path)) navigate('/login', { replace: true });
    if (user && PUBLIC.includes(path)) navigate('/', { replace: true });
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
    <SessionContext.Provider value={session}>
      <NodeTypesContext.Provider value={types}>
        <Routes path={path} signedIn={Boolean(user)} />
      </NodeTypesContext.Provider>
    </SessionContext.Provider>
  );
}
