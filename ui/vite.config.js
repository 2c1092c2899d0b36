import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server proxies the API to a running `./dotportion serve` on port 8080.
const backend = process.env.DOTPORTION_URL || 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  server: { proxy: { '/v1': backend, '/api': backend, '/health': backend } },
  test: { environment: 'node', include: ['src/**/*.test.js'] },
});
