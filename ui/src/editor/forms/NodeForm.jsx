import { START_TYPE } from '../model/document.js';
import ApiStartForm from './ApiStartForm.jsx';
import SchemaForm from './SchemaForm.jsx';
import UnknownForm from './UnknownForm.jsx';

/**
 * The form of one node: API Start edits the workflow's own method and path; a described type gets the form
 * its descriptor defines; a type the server does not describe is edited as raw JSON.
 */
export default function NodeForm(props) {
  if (props.kind === START_TYPE) return <ApiStartForm {...props} />;
  if (props.descriptor) return <SchemaForm {...props} />;
  return <UnknownForm {...props} />;
}
