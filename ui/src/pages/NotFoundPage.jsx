import TopBar from '../components/TopBar.jsx';
import Link from '../components/Link.jsx';

export default function NotFoundPage() {
  return (
    <>
      <TopBar />
      <main className="page">
        <h1>Page not found</h1>
        <p>
          <Link to="/">Back to your projects</Link>
        </p>
      </main>
    </>
  );
}
