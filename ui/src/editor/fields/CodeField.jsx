import { autocompletion } from '@codemirror/autocomplete';
import { javascript } from '@codemirror/lang-javascript';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import CodeMirror from '@uiw/react-codemirror';
import { useEffect, useMemo, useRef } from 'react';
import { filterSuggestions, openTemplate } from '../model/templateQuery.js';
import { codeOptions, syntaxPosition } from './codeCompletions.js';
import FieldShell from './FieldShell.jsx';
import { useFieldLabelledBy } from './fieldA11y.js';
import { useTheme } from '../../app/theme.js';

/** Brackets are not closed as you type: `{{` placeholders are typed whole. */
const SETUP = { closeBrackets: false, autocompletion: false, foldGutter: false, highlightActiveLine: false };

/** `{{` lists the template paths (closing the placeholder); elsewhere the script's variables and paths. */
function completions(suggestionsRef) {
  return (context) => {
    const line = context.state.doc.lineAt(context.pos);
    const open = openTemplate(line.text, context.pos - line.from);
    if (open) {
      const options = filterSuggestions(suggestionsRef.current || [], open.query).map((s) => ({
        label: s.path,
        note: s.detail,
        apply: `${s.path}}}`,
      }));
      return { from: line.from + open.start, options, filter: false };
    }
    const word = context.matchBefore(/[\w$][\w$.]*/);
    if (!word && !context.explicit) return null;
    return {
      from: word ? word.from : context.pos,
      options: codeOptions(suggestionsRef.current),
      validFor: /^[\w$.]*$/,
    };
  };
}

/** Each option's note, carrying the test id the browser tests pick suggestions by. */
const NOTE = {
  position: 80,
  render: (completion) => {
    const span = document.createElement('span');
    span.className = 'cm-completionDetail';
    span.textContent = completion.note || '';
    span.dataset.testid = `suggestion-${completion.label}`;
    return span;
  },
};

/** The server's syntax errors ("... (line 3, column 7)") as diagnostics at the user's line and column. */
function diagnostics(doc, errors) {
  return (errors || []).flatMap((message) => {
    const at = syntaxPosition(message);
    if (!at) return [];
    const line = doc.line(Math.min(Math.max(at.line, 1), doc.lines));
    const from = Math.min(line.from + Math.max(at.column - 1, 0), line.to);
    return [{ from, to: Math.min(from + 1, line.to), severity: 'error', message }];
  });
}

/** The CodeMirror view inside its FieldShell: the editable area is named by the label and tied to the errors. */
function CodeEditor({ label, value, onChange, suggestions, errors, testId, rows }) {
  const view = useRef(null);
  const suggestionsRef = useRef(suggestions);
  const tied = useFieldLabelledBy();
  const dark = useTheme().resolved === 'dark';
  useEffect(() => {
    suggestionsRef.current = suggestions;
  }, [suggestions]);
  const tiedText = JSON.stringify(tied);
  const extensions = useMemo(() => {
    const attributes = Object.fromEntries(Object.entries(JSON.parse(tiedText)).filter(([, v]) => v != null));
    return [
      javascript(),
      autocompletion({ override: [completions(suggestionsRef)], addToOptions: [NOTE] }),
      lintGutter(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({
        'data-testid': testId || '',
        ...(attributes['aria-labelledby'] ? {} : { 'aria-label': label || 'code' }),
        ...attributes,
      }),
    ];
  }, [testId, label, tiedText]);
  useEffect(() => {
    const v = view.current;
    if (v) v.dispatch(setDiagnostics(v.state, diagnostics(v.state.doc, errors)));
  }, [errors, value]);
  return (
    <CodeMirror
      className="code-field"
      value={value ?? ''}
      onChange={onChange}
      onCreateEditor={(v) => {
        view.current = v;
      }}
      extensions={extensions}
      basicSetup={SETUP}
      theme={dark ? 'dark' : 'light'}
      indentWithTab
      minHeight={`${(rows || 6) * 1.4}em`}
    />
  );
}

/**
 * A JavaScript editor (CodeMirror): highlighting, line numbers, Tab indents (Escape then Tab leaves the
 * editor), completion of input, request, steps, loop and upstream outputs, and the server's syntax errors
 * marked at the user's line. The test id is on the editable area, as it was on the text area. Dark with the
 * app's theme (One Dark).
 */
export default function CodeField({ label, hint, value, onChange, suggestions, errors, testId, rows, required }) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} testId={testId} required={required}>
      <CodeEditor
        label={label}
        value={value}
        onChange={onChange}
        suggestions={suggestions}
        errors={errors}
        testId={testId}
        rows={rows}
      />
    </FieldShell>
  );
}
