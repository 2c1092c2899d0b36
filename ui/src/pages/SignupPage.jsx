import { useState } from 'react';
import { auth } from '../api/endpoints.js';
import { useSession } from '../app/session.js';
import AuthCard from '../components/AuthCard.jsx';
import ErrorMessage from '../components/ErrorMessage.jsx';
import Link from '../components/Link.jsx';
import TextField from '../components/TextField.jsx';

export default function SignupPage() {
  const { setUser } = useSession();
  const [form, setForm] = useState({ email: '', username: '', password: '' });
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await auth.signup(form.email, form.username, form.password);
      await auth.login(form.email, form.password);
      setUser(await auth.me());
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <AuthCard title="Create your account">
      <form onSubmit={submit} className="stack">
        <TextField
          label="Email"
          type="email"
          value={form.email}
          onChange={set('email')}
          testId="signup-email"
          autoFocus
        />
        <TextField
          label="Username"
          value={form.username}
          onChange={set('username')}
          testId="signup-username"
          hint="Lowercase; your endpoints live under /api/<username>/…"
        />
        <TextField
          label="Password"
          type="password"
          value={form.password}
          onChange={set('password')}
          testId="signup-password"
        />
        <ErrorMessage error={error} testId="signup-error" />
        <button type="submit" className="btn primary" disabled={busy} data-testid="signup-submit">
          Sign up
        </button>
      </form>
      <p className="muted">
        Already have an account?{' '}
        <Link to="/login" data-testid="to-login">
          Log in
        </Link>
      </p>
    </AuthCard>
  );
}
