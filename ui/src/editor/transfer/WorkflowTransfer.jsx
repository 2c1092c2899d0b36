import { useRef, useState } from 'react';
import { workflows } from '../../api/endpoints.js';
import { navigate } from '../../app/router.js';
import ImportDialog from './ImportDialog.jsx';
import { downloadJson, exportFileName, exportNotice, readWorkflowFile } from './workflowFile.js';

/**
 * The toolbar's Export and Import. Export downloads the saved draft as GET /v1/workflows/{id}/export answers it
 * (fields no node type knows left out, secrets by name); with unsaved edits it asks to save first. Import reads a
 * file (this platform's export or DotPortion's) into the open draft or into a new workflow.
 */
export default function WorkflowTransfer({
  projectId,
  workflowId,
  name,
  dirty,
  save,
  confirm,
  notify,
  load,
  readOnly,
}) {
  const input = useRef(null);
  const [file, setFile] = useState(null);

  const exportDraft = async () => {
    if (dirty) {
      const ok = await confirm({
        title: 'Save before exporting?',
        lines: ['An export holds the saved draft: your unsaved changes are saved first.'],
        confirm: 'Save and export',
        testId: 'export-confirm',
      });
      if (!ok || !(await save())) return;
    }
    try {
      const exported = await workflows.exportDoc(workflowId);
      const fileName = exportFileName(exported.name || name);
      downloadJson(fileName, exported);
      notify(exportNotice(fileName, exported));
    } catch (e) {
      notify({ kind: 'error', text: e.message });
    }
  };

  const pick = async (event) => {
    const picked = event.target.files?.[0];
    event.target.value = '';
    if (!picked) return;
    setFile({ fileName: picked.name, ...readWorkflowFile(await picked.text()) });
  };

  const replace = async (doc) => {
    try {
      const checked = await workflows.validateDoc(projectId, doc);
      if (!checked.document) return { violations: checked.violations };
      load(checked.document);
      setFile(null);
      const errors = (checked.violations || []).filter((v) => v.severity !== 'warning').length;
      notify({
        kind: errors ? 'warning' : 'ok',
        text: errors
          ? `Imported into the draft with ${errors} problem${errors === 1 ? '' : 's'}, marked on the canvas. Save to keep it.`
          : 'Imported into the draft. Save to keep it (undo brings the previous draft back).',
      });
      return null;
    } catch (e) {
      return { message: e.message, violations: e.violations };
    }
  };

  const create = async (doc) => {
    try {
      const created = await workflows.importDoc(projectId, doc);
      setFile(null);
      navigate(`/projects/${projectId}/workflows/${created.id}`);
      return null;
    } catch (e) {
      return { message: e.message, violations: e.violations };
    }
  };

  return (
    <>
      <button
        type="button"
        className="btn ghost"
        onClick={exportDraft}
        title="Download the saved draft as a workflow file"
        data-testid="export-workflow"
      >
        Export
      </button>
      {!readOnly && (
        <>
          <button
            type="button"
            className="btn ghost"
            onClick={() => input.current?.click()}
            title="Import a workflow file (this platform's export or DotPortion's)"
            data-testid="import-workflow"
          >
            Import
          </button>
          <input
            ref={input}
            type="file"
            accept="application/json,.json"
            hidden
            onChange={pick}
            aria-label="Workflow file to import"
            data-testid="import-file"
          />
        </>
      )}
      {file && (
        <ImportDialog
          file={file}
          onReplace={replace}
          onCreate={create}
          onClose={() => setFile(null)}
          readOnly={readOnly}
        />
      )}
    </>
  );
}
