/** The range's calls per workflow (project view only); a click narrows the page to that workflow. */
const ms = (v) => (v == null ? '–' : `${Math.round(v * 10) / 10} ms`);

export default function WorkflowStats({ rows, nameOf, onPick }) {
  if (!rows?.length) return null;
  return (
    <table className="table" data-testid="stats-workflows">
      <thead>
        <tr>
          <th>Workflow</th>
          <th>Calls</th>
          <th>Errors</th>
          <th>p50</th>
          <th>p95</th>
          <th>p99</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((w) => (
          <tr key={w.workflowId} data-testid={`stats-workflow-${nameOf(w.workflowId)}`}>
            <td>
              <button type="button" className="btn ghost small" onClick={() => onPick(w.workflowId)}>
                {nameOf(w.workflowId)}
              </button>
            </td>
            <td>{w.calls}</td>
            <td>{w.errors}</td>
            <td>{ms(w.p50)}</td>
            <td>{ms(w.p95)}</td>
            <td>{ms(w.p99)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
