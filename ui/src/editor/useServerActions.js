import { useCallback, useState } from 'react';
import { workflows } from '../api/endpoints.js';
import { toDocument } from './model/document.js';
import { NO_VIOLATIONS, errorsOnly, placeViolations } from './model/violations.js';

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Save (validate, then store the draft), test run, deploy and rollback. Each answers with a notice;
 * validation problems are placed on the nodes and fields of the document that was sent.
 */
export function useServerActions({ projectId, workflow, editor }) {
  const [savedText, setSavedText] = useState(() => JSON.stringify(toDocument(editor.current.current)));
  const [violations, setViolations] = useState(() =>
    placeViolations(workflow.warnings, toDocument(editor.current.current)),
  );
  const [notice, setNotice] = useState(null);
  const [busy, setBusy] = useState(null);
  const [result, setResult] = useState(null);
  const [deployed, setDeployed] = useState(workflow.deployedVersion);
  const [versionsKey, setVersionsKey] = useState(0);

  const fail = useCallback((error, doc) => {
    if (error.violations?.length) setViolations(placeViolations(error.violations, doc));
    setNotice({ kind: 'error', text: error.message });
  }, []);

  const save = useCallback(async () => {
    const doc = toDocument(editor.current.current);
    setBusy('save');
    try {
      const check = await workflows.validateDoc(projectId, doc);
      setViolations(placeViolations(check.violations, doc));
      const errors = errorsOnly(check.violations).length;
      if (errors) {
        setNotice({ kind: 'error', text: `Not saved: ${plural(errors, 'problem')}, shown on the nodes.` });
        return false;
      }
      const stored = await workflows.save(workflow.id, doc);
      setSavedText(JSON.stringify(doc));
      const warnings = stored.warnings?.length || 0;
      setNotice({ kind: 'ok', text: warnings ? `Draft saved with ${plural(warnings, 'warning')}.` : 'Draft saved.' });
      return true;
    } catch (e) {
      fail(e, doc);
      return false;
    } finally {
      setBusy(null);
    }
  }, [editor, projectId, workflow.id, fail]);

  const saveIfDirty = useCallback(async () => {
    const text = JSON.stringify(toDocument(editor.current.current));
    return text === savedText ? true : save();
  }, [editor, savedText, save]);

  const testRun = useCallback(
    async (request) => {
      if (!(await saveIfDirty())) return;
      setBusy('test');
      try {
        const answer = await workflows.testRun(workflow.id, request);
        setResult(answer);
        setNotice({ kind: answer.status < 400 ? 'ok' : 'error', text: `Test run answered ${answer.status}.` });
      } catch (e) {
        fail(e, toDocument(editor.current.current));
      } finally {
        setBusy(null);
      }
    },
    [saveIfDirty, workflow.id, editor, fail],
  );

  const deploy = useCallback(async () => {
    if (!(await saveIfDirty())) return;
    setBusy('deploy');
    try {
      const { version } = await workflows.deploy(workflow.id);
      setDeployed(version);
      setVersionsKey((k) => k + 1);
      setNotice({ kind: 'ok', text: `Deployed version ${version}: the endpoint is live.` });
    } catch (e) {
      fail(e, toDocument(editor.current.current));
    } finally {
      setBusy(null);
    }
  }, [saveIfDirty, workflow.id, editor, fail]);

  const rollback = useCallback(
    async (version) => {
      setBusy('rollback');
      try {
        const answer = await workflows.rollback(workflow.id, version);
        setDeployed(answer.version);
        setVersionsKey((k) => k + 1);
        setNotice({ kind: 'ok', text: `Rolled back: version ${answer.version} is live.` });
      } catch (e) {
        fail(e, toDocument(editor.current.current));
      } finally {
        setBusy(null);
      }
    },
    [workflow.id, editor, fail],
  );

  return {
    savedText,
    violations,
    notice,
    setNotice,
    busy,
    result,
    clearResult: () => setResult(null),
    deployed,
    versionsKey,
    save,
    testRun,
    deploy,
    rollback,
    resetViolations: () => setViolations(NO_VIOLATIONS),
  };
}
