import { createContext, useContext } from 'react';

/** What the canvas shows over the document: validation problems, the last test run, the workflow's route. */
export const DecorationsContext = createContext({
  violations: { byNode: {}, byEdge: {}, general: [], count: 0 },
  trace: {},
  meta: { method: 'GET', path: '/' },
});

export function useDecorations() {
  return useContext(DecorationsContext);
}
