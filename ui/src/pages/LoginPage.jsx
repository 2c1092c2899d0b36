import { useState } from 'react';
import { auth } from '../api/endpoints.js';
import { useSession } from '../app/session.js';
import AuthCard from '../components/AuthCard.jsx';
import ErrorMessage from '../components/ErrorMessage.jsx';
import Link from '../components/Link.jsx';
import TextField from '../components/TextField.jsx';

export default function LoginPage() {
  const { setUser } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await auth.login(email, password);
      setUser(await auth.me());
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <AuthCard title="Log in">
      <form onSubmit={submit} className="stack">
        <TextField label="Email" type="email" value={email} onChange={setEmail} testId="login-email" autoFocus />
        <TextField label="Password" type="password" value={password} onChange={setPassword} testId="login-password" />
        <ErrorMessage error={error} testId="login-error" />
        <button type="submit" className="btn primary" disabled={busy} data-testid="login-submit">
          Log in
        </button>
      </form>
      <p className="muted">
        No account yet?{' '}
        <Link to={`/signup${window.location.search}`} data-testid="to-signup">
          Sign up
        </Link>
      </p>
    </AuthCard>
  );
}
