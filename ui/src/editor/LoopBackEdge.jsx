import { BaseEdge } from '@xyflow/react';

const AROUND = 150;
const CLEAR = 24;

/**
 * An edge back to a node above (a loop body's return): out of the source, right past both nodes, up above
 * the target and down into it, so it never crosses the nodes it joins.
 */
export default function LoopBackEdge({ id, sourceX, sourceY, targetX, targetY, markerEnd, style, label }) {
  const side = Math.max(sourceX, targetX) + AROUND;
  const below = sourceY + CLEAR;
  const above = targetY - CLEAR;
  const path = [
    `M ${sourceX} ${sourceY}`,
    `L ${sourceX} ${below}`,
    `L ${side} ${below}`,
    `L ${side} ${above}`,
    `L ${targetX} ${above}`,
    `L ${targetX} ${targetY}`,
  ].join(' ');
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      style={style}
      label={label}
      labelX={side}
      labelY={(below + above) / 2}
    />
  );
}
