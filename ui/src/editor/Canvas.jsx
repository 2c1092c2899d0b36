import { Background, Controls, MarkerType, MiniMap, ReactFlow, useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { useCatalog } from '../app/nodeTypes.js';
import { useTheme } from '../app/theme.js';
import FlowNode from './nodes/FlowNode.jsx';
import { DRAG_TYPE } from './Palette.jsx';
import LoopBackEdge from './LoopBackEdge.jsx';
import { backEdges } from './model/layout.js';

const NODE_TYPES = { dp: FlowNode };
const EDGE_TYPES = { loopBack: LoopBackEdge };
const EDGE_DEFAULTS = { markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14 } };
const DELETE_KEYS = ['Backspace', 'Delete'];

/** The React Flow canvas: pan, zoom, grid, minimap; drop palette items to add nodes. */
export default function Canvas({
  nodes,
  edges,
  onNodesChange,
  onEdgesChange,
  onConnect,
  onNodeDragStart,
  onDelete,
  onNodeClick,
  onDropType,
  canvasRef,
  readOnly,
}) {
  const { screenToFlowPosition } = useReactFlow();
  const catalog = useCatalog();
  const theme = useTheme().resolved;
  const drawn = useMemo(() => {
    const back = backEdges(nodes, edges, catalog);
    return back.size ? edges.map((e) => (back.has(e.id) ? { ...e, type: 'loopBack' } : e)) : edges;
  }, [nodes, edges, catalog]);
  const onDragOver = (event) => {
    if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };
  const onDrop = (event) => {
    const type = event.dataTransfer.getData(DRAG_TYPE);
    if (!type) return;
    event.preventDefault();
    onDropType(type, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };
  return (
    <div className="canvas" ref={canvasRef} data-testid="canvas">
      <ReactFlow
        nodes={nodes}
        edges={drawn}
        nodeTypes={NODE_TYPES}
        colorMode={theme}
        edgeTypes={EDGE_TYPES}
        onDelete={onDelete}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeDragStart={onNodeDragStart}
        onNodeClick={onNodeClick}
        onDragOver={onDragOver}
        onDrop={onDrop}
        isValidConnection={(c) => c.source !== c.target}
        defaultEdgeOptions={EDGE_DEFAULTS}
        deleteKeyCode={readOnly ? null : DELETE_KEYS}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={!readOnly}
        snapToGrid
        snapGrid={[10, 10]}
        fitView
        fitViewOptions={{ padding: 0.3, maxZoom: 1 }}
        minZoom={0.2}
        maxZoom={2}
      >
        <Background gap={20} size={1.2} />
        <MiniMap
          pannable
          zoomable
          style={{ width: 150, height: 100 }}
          nodeColor={(n) => catalog.nodeType(n.data.kind).color}
        />
        <Controls />
      </ReactFlow>
    </div>
  );
}
