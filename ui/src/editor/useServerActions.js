import { useCallback, useRef, useState } from 'react';
import { workflows } from '../api/endpoints.js';
import { toDocument } from './model/document.js';
import { deployRefusedNotice, saveNotice } from './model/problems.js';
import { NO_VIOLATIONS, errorsOnly, placeViolations } from './model/violations.js';
import { diffLines, documentDiff, nodeNamer } from './panels/versionChanges.js';

/**
 * Save (the draft is stored even with problems: they come back as its warnings), live validation, test run,
 * deploy and rollback (both confirmed with what changes). Each answers with a notice; problems are placed on the
 * nodes and fields of the document that was sent.
 */
export function useServerActions({ projectId, workflow, editor, confirm, typeLabel, labelOf }) {
  const [savedText, setSavedText] = useState(() => JSON.stringify(toDocument(editor.current.current)));
  const [violations, setViolations] = useState(() =>
    placeViolations(workflow.warnings, toDocument(editor.current.current)),
  );
  const [notice, setNotice] = useState(null);
  const [busy, setBusy] = useState(null);
  const [result, setResult] = useState(null);
  const [deployed, setDeployed] = useState(workflow.deployedVersion);
  const [savedDiffers, setSavedDiffers] = useState(Boolean(workflow.undeployedChanges));
  const [versionsKey, setVersionsKey] = useState(0);
  const checks = useRef(0);
  const problems = useRef(workflow.warnings || []);

  const place = useCallback((list, doc) => {
    problems.current = list || [];
    setViolations(placeViolations(list, doc));
  }, []);

  const fail = useCallback(
    (error, doc) => {
      if (error.violations?.length) {
        place(error.violations, doc);
        setNotice(deployRefusedNotice(error.violations, labelOf));
      } else {
        setNotice({ kind: 'error', text: error.message });
      }
    },
    [place, labelOf],
  );

  /** Validates the document as it is now (no save); an answer to an older document is dropped. */
  const validate = useCallback(
    async (doc) => {
      const ticket = ++checks.current;
      try {
        const check = await workflows.validateDoc(projectId, doc);
        if (ticket === checks.current) place(check.violations, doc);
      } catch {
        // Checking as you type is a help: a failed check leaves the last problems shown; save reports errors.
      }
    },
    [projectId, place],
  );

  const save = useCallback(async () => {
    const doc = toDocument(editor.current.current);
    setBusy('save');
    checks.current++;
    try {
      const stored = await workflows.save(workflow.id, doc);
      setSavedText(JSON.stringify(doc));
      setSavedDiffers(Boolean(stored.undeployedChanges));
      place(stored.warnings, doc);
      setNotice(saveNotice(stored.warnings));
      return true;
    } catch (e) {
      fail(e, doc);
      return false;
    } finally {
      setBusy(null);
    }
  }, [editor, workflow.id, fail, place]);

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

  const liveDocument = useCallback(
    () => (deployed ? workflows.version(workflow.id, deployed).catch(() => null) : Promise.resolve(null)),
    [deployed, workflow.id],
  );

  const deploy = useCallback(async () => {
    if (!(await saveIfDirty())) return;
    const doc = toDocument(editor.current.current);
    if (errorsOnly(problems.current).length) {
      setNotice(deployRefusedNotice(problems.current, labelOf));
      return;
    }
    const live = await liveDocument();
    const nameOf = nodeNamer([doc, live], typeLabel);
    const next = live ? `v${deployed} → new version` : 'version 1';
    const ok = await confirm({
      title: live ? `Deploy these changes (${next})?` : 'Deploy version 1? The endpoint goes live.',
      lines: live
        ? diffLines(documentDiff(live, doc), nameOf)
        : [`${doc.nodes.length} nodes, ${doc.edges.length} edges`],
      confirm: 'Deploy',
      testId: 'deploy-confirm',
    });
    if (!ok) return;
    setBusy('deploy');
    try {
      const { version } = await workflows.deploy(workflow.id);
      setDeployed(version);
      setSavedDiffers(false);
      setVersionsKey((k) => k + 1);
      setNotice({ kind: 'ok', text: `Deployed version ${version}: the endpoint is live.` });
    } catch (e) {
      fail(e, doc);
    } finally {
      setBusy(null);
    }
  }, [saveIfDirty, editor, labelOf, liveDocument, typeLabel, deployed, confirm, workflow.id, fail]);

  const rollback = useCallback(
    async (version) => {
      const [live, target] = await Promise.all([
        liveDocument(),
        workflows.version(workflow.id, version).catch(() => null),
      ]);
      const nameOf = nodeNamer([target, live], typeLabel);
      const ok = await confirm({
        title: `Roll back to v${version}? It serves at once${deployed ? ` instead of v${deployed}` : ''}.`,
        lines: live && target ? diffLines(documentDiff(live, target), nameOf) : [],
        confirm: `Roll back to v${version}`,
        testId: 'rollback-confirm',
      });
      if (!ok) return;
      setBusy('rollback');
      try {
        const answer = await workflows.rollback(workflow.id, version);
        setDeployed(answer.version);
        setVersionsKey((k) => k + 1);
        setNotice({ kind: 'ok', text: `Rolled back: version ${answer.version} is live.` });
        const fresh = await workflows.get(workflow.id).catch(() => null);
        setSavedDiffers(fresh ? Boolean(fresh.undeployedChanges) : true);
      } catch (e) {
        fail(e, toDocument(editor.current.current));
      } finally {
        setBusy(null);
      }
    },
    [liveDocument, workflow.id, typeLabel, confirm, deployed, editor, fail],
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
    savedDiffers,
    versionsKey,
    validate,
    save,
    testRun,
    deploy,
    rollback,
    resetViolations: () => setViolations(NO_VIOLATIONS),
  };
}
