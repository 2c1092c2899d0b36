import { useState } from 'react';
import { projects } from '../../api/endpoints.js';

/** A settings form: local values, a PATCH of the project on save, and its outcome. */
export function useSettingsForm(project, initial, toPatch, onChanged) {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState(false);
  const set = (key) => (value) => {
    setSaved(false);
    setValues((v) => ({ ...v, [key]: value }));
  };
  const submit = async (event) => {
    event.preventDefault();
    setError(null);
    try {
      await projects.update(project.id, toPatch(values));
      setSaved(true);
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  return { values, set, submit, error, saved };
}
