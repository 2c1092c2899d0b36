import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A question that must be answered before something happens (deploy, rollback, leaving with unsaved edits).
 * {@code useConfirm} answers [dialog element, ask(question) → Promise<boolean>]; question: {title, lines?,
 * confirm?, cancel?, testId?}. Escape or Cancel answers false.
 */
export function useConfirm() {
  const [question, setQuestion] = useState(null);
  const resolver = useRef(null);
  const ask = useCallback(
    (q) =>
      new Promise((resolve) => {
        resolver.current?.(false);
        resolver.current = resolve;
        setQuestion(q);
      }),
    [],
  );
  const answer = (value) => {
    resolver.current?.(value);
    resolver.current = null;
    setQuestion(null);
  };
  useEffect(() => () => resolver.current?.(false), []);
  const dialog = question ? <ConfirmDialog question={question} onAnswer={answer} /> : null;
  return [dialog, ask];
}

function ConfirmDialog({ question, onAnswer }) {
  const ok = useRef(null);
  useEffect(() => ok.current?.focus(), []);
  const testId = question.testId || 'confirm';
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onAnswer(false)}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="confirm-title"
        data-testid={`${testId}-dialog`}
        onKeyDown={(e) => e.key === 'Escape' && onAnswer(false)}
      >
        <h3 id="confirm-title">{question.title}</h3>
        {question.lines?.length > 0 && (
          <ul className="dialog-lines" data-testid={`${testId}-lines`}>
            {question.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
        <div className="row end">
          <button type="button" className="btn ghost" onClick={() => onAnswer(false)} data-testid={`${testId}-cancel`}>
            {question.cancel || 'Cancel'}
          </button>
          <button
            type="button"
            className="btn primary"
            ref={ok}
            onClick={() => onAnswer(true)}
            data-testid={`${testId}-ok`}
          >
            {question.confirm || 'OK'}
          </button>
        </div>
      </div>
    </div>
  );
}
