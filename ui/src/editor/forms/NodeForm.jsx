import ApiStartForm from './ApiStartForm.jsx';
import ConditionForm from './ConditionForm.jsx';
import JwtGenerateForm from './JwtGenerateForm.jsx';
import JwtVerifyForm from './JwtVerifyForm.jsx';
import LogicForm from './LogicForm.jsx';
import LoopForm from './LoopForm.jsx';
import MongoForm from './MongoForm.jsx';
import ParametersForm from './ParametersForm.jsx';
import ResponseForm from './ResponseForm.jsx';
import UnknownForm from './UnknownForm.jsx';

/** The form of one node type (its fields: docs/NODES.md#<typeId>). */
export default function NodeForm(props) {
  switch (props.kind) {
    case 'apiStart':
      return <ApiStartForm {...props} />;
    case 'parameters':
      return <ParametersForm {...props} />;
    case 'logic':
      return <LogicForm {...props} />;
    case 'condition':
      return <ConditionForm {...props} />;
    case 'loop':
      return <LoopForm {...props} />;
    case 'jwtGenerate':
      return <JwtGenerateForm {...props} />;
    case 'jwtVerify':
      return <JwtVerifyForm {...props} />;
    case 'database':
    case 'mongodb':
      return <MongoForm {...props} />;
    case 'response':
      return <ResponseForm {...props} />;
    default:
      return <UnknownForm {...props} />;
  }
}
