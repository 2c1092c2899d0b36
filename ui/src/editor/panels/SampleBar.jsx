import { useState } from 'react';

/** Named samples of the test request: pick one, save the current request under a name, or fill from parameters. */
export default function SampleBar({ requests }) {
  const [name, setName] = useState('');
  const save = () => {
    requests.save(name);
    setName('');
  };
  return (
    <div className="stack sample-bar" data-testid="test-samples">
      <div className="row">
        <select
          value=""
          onChange={(e) => e.target.value && requests.pick(e.target.value)}
          aria-label="Saved samples"
          data-testid="test-sample-pick"
          disabled={!requests.samples.length}
        >
          <option value="">{requests.samples.length ? 'Load a saved sample…' : 'No saved samples'}</option>
          {requests.samples.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn ghost small"
          onClick={requests.prefill}
          title="Replace the request with an example of each declared parameter"
          data-testid="test-prefill"
        >
          From parameters
        </button>
      </div>
      <div className="row">
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              save();
            }
          }}
          placeholder="sample name"
          aria-label="Sample name"
          data-testid="test-sample-name"
        />
        <button
          type="button"
          className="btn small"
          onClick={save}
          disabled={!name.trim()}
          data-testid="test-sample-save"
        >
          Save sample
        </button>
      </div>
    </div>
  );
}
