import { useCallback, useState } from 'react';
import {
  loadTestRequests,
  pickSample,
  prefilledSample,
  removeSample,
  saveSample,
  storeTestRequests,
} from './testRequests.js';

const storage = () => (typeof window === 'undefined' ? null : window.localStorage);

/**
 * The workflow's test request and named samples, held above the side panel (so switching tabs or clicking nodes
 * keeps them) and written to local storage on every change (so a reload keeps them too).
 */
export function useTestRequests(workflowId, meta, nodes) {
  const [state, setState] = useState(() => loadTestRequests(storage(), workflowId, meta, nodes));
  const update = useCallback(
    (change) =>
      setState((s) => {
        const next = change(s);
        storeTestRequests(storage(), workflowId, next);
        return next;
      }),
    [workflowId],
  );
  return {
    sample: state.current,
    samples: Object.keys(state.samples).sort(),
    setSample: (change) =>
      update((s) => ({ ...s, current: typeof change === 'function' ? change(s.current) : change })),
    save: (name) => update((s) => saveSample(s, name)),
    pick: (name) => update((s) => pickSample(s, name)),
    remove: (name) => update((s) => removeSample(s, name)),
    prefill: () => update((s) => ({ ...s, current: prefilledSample(meta, nodes) })),
  };
}
