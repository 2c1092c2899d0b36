import { useCallback, useEffect, useMemo, useState } from 'react';
import { executions } from '../../api/endpoints.js';
import { appendPage, executionParams } from './executionQuery.js';

const NOTHING = { items: [], next: null, error: null, params: null, generation: -1, more: false };

/**
 * The runs of a project that pass `filters`, page by page: the first page when the filters change (or on
 * reload), then `loadMore()` appends the next one with the cursor the last page answered, for the same query.
 */
export function useExecutionPages(projectId, filters) {
  const query = useMemo(() => executionParams(filters), [filters]);
  const [state, setState] = useState(NOTHING);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (query.error) return undefined;
    let live = true;
    const answered = (changes) => live && setState({ ...NOTHING, params: query.params, generation, ...changes });
    executions.page(projectId, query.params).then(
      (page) => answered({ items: page.items, next: page.next }),
      (error) => answered({ error }),
    );
    return () => {
      live = false;
    };
  }, [projectId, query, generation]);

  const current = state.params === query.params && state.generation === generation;
  const { params, next } = state;
  const loadMore = useCallback(() => {
    if (!params || !next) return;
    const sameQuery = (s) => s.params === params && s.next === next;
    setState((s) => (sameQuery(s) ? { ...s, more: true } : s));
    executions.page(projectId, params, next).then(
      (page) => setState((s) => (sameQuery(s) ? { ...s, ...appendPage(s, page), more: false } : s)),
      (error) => setState((s) => (sameQuery(s) ? { ...s, more: false, error } : s)),
    );
  }, [projectId, params, next]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return {
    items: query.error ? [] : state.items,
    next: current ? state.next : null,
    error: query.error || (current ? state.error : null),
    loading: !query.error && (!current || state.more),
    loadMore,
    reload,
  };
}
