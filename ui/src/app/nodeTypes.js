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

/** The node types state after asking the server: 'ready' with a catalog, or 'failed' with the error. */
export async function loadCatalog(list) {
  try {
    const descriptors = await list();
    if (!Array.isArray(descriptors)) throw new Error('the server did not answer a list of node types');
    return { status: 'ready', catalog: buildCatalog(descriptors), error: null };
  } catch (error) {
    return { status: 'failed', catalog: EMPTY_CATALOG, error };
  }
}

/** Loads the descriptors when `signedIn` turns true, forgets them on sign-out; reload() asks again. */
export function useNodeTypeLoader(signedIn, list = nodeTypes.list) {
  const [state, setState] = useState(IDLE);
  const generation = useRef(0);
  const reload = useCallback(() => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, status: 'loading', error: null }));
    loadCatalog(list).then((next) => mine === generation.current && setState(next));
  }, [list]);
  useEffect(() => {
    if (!signedIn) return undefined;
    reload();
    const counter = generation;
    return () => {
      counter.current++;
    };
  }, [signedIn, reload]);
  return useMemo(() => (signedIn ? { ...state, reload } : { ...IDLE, reload }), [signedIn, state, reload]);
}
