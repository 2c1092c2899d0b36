import { useReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import Canvas from './Canvas.jsx';
import { DecorationsContext } from './decorations.js';
import Palette from './Palette.jsx';
import SidePanel from './SidePanel.jsx';
import Toolbar from './Toolbar.jsx';
import Notice from './Notice.jsx';
import NodePanel from './panels/NodePanel.jsx';
import TestRunPanel from './panels/TestRunPanel.jsx';
import VersionsPanel from './panels/VersionsPanel.jsx';
import WorkflowPanel from './panels/WorkflowPanel.jsx';
import { copySelection, pasteCopies } from './model/clipboard.js';
import { useNodeClipboard } from './useNodeClipboard.js';
import WorkflowTransfer from './transfer/WorkflowTransfer.jsx';
import { fromWorkflow, labelEdges } from './model/document.js';
import { addNode, connect, reconnect, removeNodes, replaceConfig, selectOnly, setConfig } from './model/edits.js';
import { autoLayout } from './model/layout.js';
import { suggestionsFor } from './model/suggestions.js';
import { traceByNode, traversedEdges } from './model/trace.js';
import { useEditorState } from './useEditorState.js';
import { useServerActions } from './useServerActions.js';
import { useShortcuts } from './useShortcuts.js';
import { canEdit } from '../app/roles.js';
import { useCatalog } from '../app/nodeTypes.js';
import { guardNavigation } from '../app/router.js';
import { useConfirm } from '../components/ConfirmDialog.jsx';
import { useTestRequests } from './panels/useTestRequests.js';

const VALIDATE_AFTER_MS = 500;

function decorateEdges(edges, traversed, byEdge) {
  return edges.map((e) => {
    const ran = traversed.has(e.id);
    const bad = Boolean(byEdge[e.id]);
    if (!ran && !bad) return e;
    const className = [e.className, ran && 'edge-ran', bad && 'edge-invalid'].filter(Boolean).join(' ');
    return { ...e, animated: ran, className };
  });
}

/** The editor: palette, canvas and side panel over one workflow's draft. */
export default function Workbench({ project, workflow, secrets }) {
  const catalog = useCatalog();
  const editor = useEditorState(useMemo(() => fromWorkflow(workflow), [workflow]));
  const [dialog, confirm] = useConfirm();
  const typeLabel = (type) => catalog.nodeType(type).label;
  const labelOf = (id) => {
    const n = editor.current.current.nodes.find((x) => x.id === id);
    return n ? n.data.config.label || catalog.nodeType(n.data.kind).label : id;
  };
  const server = useServerActions({ projectId: project.id, workflow, editor, confirm, typeLabel, labelOf });
  const requests = useTestRequests(workflow.id, editor.state.meta, editor.state.nodes);
  const { fitView, screenToFlowPosition, getViewport } = useReactFlow();
  const [tab, setTab] = useState('inspect');
  const runTest = useRef(null);
  const canvasRef = useRef(null);
  const { state, doc } = editor;
  const readOnly = !canEdit(project);
  const docText = JSON.stringify(doc);
  const dirty = docText !== server.savedText;
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const checkedText = useRef(docText);

  const trace = useMemo(() => traceByNode(server.result?.trace), [server.result]);
  const traversed = useMemo(() => traversedEdges(state.edges, trace), [state.edges, trace]);
  const edges = useMemo(
    () => decorateEdges(labelEdges(state.edges, state.nodes, catalog), traversed, server.violations.byEdge),
    [state.edges, state.nodes, catalog, traversed, server.violations],
  );
  const decorations = useMemo(
    () => ({ violations: server.violations, trace, meta: state.meta, readOnly }),
    [server.violations, trace, state.meta, readOnly],
  );
  const selected = state.nodes.filter((n) => n.selected);
  const single = selected.length === 1 ? selected[0] : null;
  const suggestions = useMemo(
    () => (single ? suggestionsFor(catalog, single.id, state) : []),
    [catalog, single, state],
  );

  useEffect(() => {
    const warn = (event) => {
      if (!dirtyRef.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    const unguard = guardNavigation((to, proceed) => {
      if (!dirtyRef.current) return true;
      confirm({
        title: 'Leave the editor? Your changes are not saved.',
        lines: ['Save first (Ctrl/⌘ S) to keep them, or leave and lose them.'],
        confirm: 'Leave without saving',
        cancel: 'Stay',
        testId: 'leave-confirm',
      }).then((ok) => ok && proceed());
      return false;
    });
    return () => {
      window.removeEventListener('beforeunload', warn);
      unguard();
    };
  }, [confirm]);

  // Problems follow the edits: the document is checked (not saved) a moment after typing stops.
  const validate = server.validate;
  useEffect(() => {
    if (readOnly || docText === checkedText.current) return undefined;
    const timer = setTimeout(() => {
      checkedText.current = docText;
      validate(JSON.parse(docText));
    }, VALIDATE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [docText, readOnly, validate]);

  const viewportCenter = () => {
    const rect = canvasRef.current?.getBoundingClientRect();
    if (!rect) return { x: 0, y: 0 };
    return screenToFlowPosition({ x: rect.left + rect.width / 2 - 100, y: rect.top + rect.height / 2 - 40 });
  };
  const setMeta = (changes) =>
    editor.edit((s) => ({ ...s, meta: { ...s.meta, ...changes } }), `meta:${Object.keys(changes)}`);
  const reveal = (node) => {
    const rect = canvasRef.current?.getBoundingClientRect();
    if (!node || !rect) return;
    const { x, y, zoom } = getViewport();
    const left = node.position.x * zoom + x;
    const top = node.position.y * zoom + y;
    if (left < 0 || top < 0 || left + 220 * zoom > rect.width || top + 110 * zoom > rect.height) {
      fitView({ padding: 0.25, maxZoom: 1, duration: 200 });
    }
  };
  const add = (type, position) => {
    editor.edit((s) => addNode(catalog, s, type, position, viewportCenter()), null);
    setTab('inspect');
    const added = editor.current.current.nodes.find((n) => n.selected);
    requestAnimationFrame(() => reveal(added));
  };
  const pickNode = (id) => {
    editor.apply((s) => selectOnly(s, id));
    setTab('inspect');
  };
  const layout = () => {
    editor.edit((s) => ({ ...s, nodes: autoLayout(s.nodes, s.edges, catalog) }), null);
    requestAnimationFrame(() => fitView({ padding: 0.3, maxZoom: 1, duration: 200 }));
  };
  const insert = (clip) => {
    editor.edit((s) => {
      const copies = pasteCopies(clip, s.nodes, s.edges);
      return {
        ...s,
        nodes: [...s.nodes.map((n) => ({ ...n, selected: false })), ...copies.nodes],
        edges: [...s.edges, ...copies.edges],
      };
    }, null);
    const pasted = editor.current.current.nodes.find((n) => n.selected);
    requestAnimationFrame(() => reveal(pasted));
  };
  const clipboard = useNodeClipboard({
    editor,
    catalog,
    canPaste: !readOnly,
    insert,
    notify: (text) => server.setNotice({ kind: 'warning', text }),
  });
  const duplicate = () => {
    const clip = copySelection(editor.current.current.nodes, editor.current.current.edges);
    if (clip.nodes.length) insert(clip);
  };
  const ignore = () => {};
  const actions = {
    save: readOnly ? ignore : server.save,
    test: readOnly ? ignore : () => setTab('test'),
    deploy: readOnly ? ignore : server.deploy,
    undo: editor.undo,
    redo: editor.redo,
    layout,
  };
  const testShortcut = () => (tab === 'test' && runTest.current ? runTest.current() : setTab('test'));
  const editing = { ...actions, test: testShortcut, copy: clipboard.copy, paste: clipboard.paste, duplicate };
  const viewing = {
    save: ignore,
    test: ignore,
    undo: ignore,
    redo: ignore,
    layout: ignore,
    copy: clipboard.copy,
    paste: ignore,
    duplicate: ignore,
  };
  useShortcuts(readOnly ? viewing : editing);

  return (
    <DecorationsContext.Provider value={decorations}>
      <Toolbar
        meta={state.meta}
        setMeta={setMeta}
        dirty={dirty}
        busy={server.busy}
        deployed={server.deployed}
        undeployed={Boolean(server.deployed) && (server.savedDiffers || dirty)}
        canUndo={editor.canUndo}
        canRedo={editor.canRedo}
        actions={actions}
        readOnly={readOnly}
        transfer={
          <WorkflowTransfer
            projectId={project.id}
            workflowId={workflow.id}
            name={state.meta.name}
            dirty={dirty}
            save={server.save}
            confirm={confirm}
            notify={server.setNotice}
            load={(document) => {
              editor.edit(() => fromWorkflow(document), null);
              requestAnimationFrame(() => fitView({ padding: 0.3, maxZoom: 1, duration: 200 }));
            }}
            readOnly={readOnly}
          />
        }
      />
      <Notice notice={server.notice} onClose={() => server.setNotice(null)} />
      {dialog}
      <div className={`workbench${readOnly ? ' read-only' : ''}`}>
        {!readOnly && <Palette onAdd={(type) => add(type)} />}
        <Canvas
          nodes={state.nodes}
          edges={edges}
          onNodesChange={editor.onNodesChange}
          onEdgesChange={editor.onEdgesChange}
          onConnect={(c) => editor.edit((s) => connect(s, c), null)}
          onNodeDragStart={editor.onNodeDragStart}
          onDelete={(gone) => editor.apply((s) => reconnect(s, gone.nodes, gone.edges))}
          onNodeClick={() => setTab('inspect')}
          onDropType={(type, position) => add(type, position)}
          canvasRef={canvasRef}
          readOnly={readOnly}
        />
        <SidePanel tab={tab} setTab={setTab} readOnly={readOnly}>
          {tab === 'inspect' && single && (
            <fieldset className="plain" disabled={readOnly} data-testid="node-fields">
              <NodePanel
                key={single.id}
                node={single}
                problems={server.violations.byNode[single.id] || []}
                projectId={project.id}
                trace={trace[single.id]}
                suggestions={suggestions}
                secrets={secrets}
                meta={state.meta}
                setMeta={setMeta}
                setField={(id, field, value) =>
                  editor.edit((s) => setConfig(s, id, field, value), `config:${id}:${field}`)
                }
                replace={(id, config) => editor.edit((s) => replaceConfig(s, id, config), `config:${id}`)}
                onDelete={(id) => editor.edit((s) => removeNodes(s, [id]), null)}
                labelOf={labelOf}
              />
            </fieldset>
          )}
          {tab === 'inspect' && !single && (
            <WorkflowPanel project={project} meta={state.meta} general={server.violations.general} labelOf={labelOf} />
          )}
          {tab === 'test' && (
            <TestRunPanel
              runRef={runTest}
              meta={state.meta}
              busy={server.busy === 'test'}
              result={server.result}
              onRun={server.testRun}
              onClear={server.clearResult}
              labelOf={labelOf}
              onPickNode={pickNode}
              requests={requests}
            />
          )}
          {tab === 'versions' && (
            <VersionsPanel
              workflowId={workflow.id}
              refreshKey={server.versionsKey}
              onRollback={server.rollback}
              busy={Boolean(server.busy)}
              readOnly={readOnly}
            />
          )}
        </SidePanel>
      </div>
    </DecorationsContext.Provider>
  );
}
