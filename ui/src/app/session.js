import { createContext, useContext } from 'react';

/** The signed-in user ({id, email, username}) and a setter; null when signed out. */
export const SessionContext = createContext({ user: null, setUser: () => {} });

export function useSession() {
  return useContext(SessionContext);
}
