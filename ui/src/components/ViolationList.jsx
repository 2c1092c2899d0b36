import { readableMessage } from '../editor/model/problems.js';

const same = (id) => id;

/**
 * Validation problems as a list: the node's name (when the problem is a node's and `labelOf` names it), the
 * message with node ids written as names, then the path, secondary.
 */
export default function ViolationList({ violations, testId = 'violations', labelOf = same }) {
  if (!violations?.length) return null;
  return (
    <ul className="violations" data-testid={testId}>
      {violations.map((v, i) => {
        const node = v.nodeLabel || (v.nodeId ? labelOf(v.nodeId) : null);
        return (
          <li key={`${v.path}-${i}`} className={v.severity === 'warning' ? 'warning' : 'error'}>
            {node && <span className="violation-node">{node}: </span>}
            {readableMessage(v.message, labelOf)}
            {v.path && <code className="violation-path"> {v.path}</code>}
          </li>
        );
      })}
    </ul>
  );
}
