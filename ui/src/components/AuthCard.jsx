/** The centred card of the login and sign-up pages. */
export default function AuthCard({ title, children }) {
  return (
    <main className="auth-page">
      <div className="auth-card">
        <div className="auth-brand">
          <span className="brand-dot">●</span> DotPortion
        </div>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
