import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { nodeTypes } from '../api/endpoints.js';
import { EMPTY_CATALOG, buildCatalog } from '../editor/model/catalog.js';

// The node types the server describes, loaded once after sign-in and shared by every page.
// status: 'idle' (signed out), 'loading', 'ready' or 'failed' (error holds why).

const IDLE = { status: 'idle', catalog: EMPTY_CATALOG, error: null };

export const NodeTypesContext = createContext({ ...IDLE, reload: () => {} });

export function useNodeTypes() {
  return useContext(NodeTypesContext);
}

/** The catalog of node types; empty (every type "Unknown node") until loaded. */
export function useCatalog() {
  return useNodeTypes().catalog;
}

/** Loads the descriptors when `signedIn` turns true, forgets them on sign-out; reload() asks again. */
export function useNodeTypeLoader(signedIn, list = nodeTypes.list) {
  const [state, setState] = useState(IDLE);
  const generation = useRef(0);
  const reload = useCallback(() => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, status: 'loading', error: null }));
    list().then(
      (descriptors) => mine === generation.current && setState({ status: 'ready', catalog: buildCatalog(descriptors), error: null }),
      (error) => mine === generation.current && setState({ status: 'failed', catalog: EMPTY_CATALOG, error }),
    );
  }, [list]);
  useEffect(() => {
    if (!signedIn) return undefined;
    reload();
    return () => {
      generation.current++;
    };
  }, [signedIn, reload]);
  return useMemo(() => (signedIn ? { ...state, reload } : { ...IDLE, reload }), [signedIn, state, reload]);
}
