import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server proxies the API to a running `./dotportion serve` on port 8080.
const backend = process.env.DOTPORTION_URL || 'http://127.0.0.1:8080';

/**
 * The code editor's styles go into a constructed style sheet (adoptedStyleSheets), which the UI's Content
 * Security Policy (`style-src 'self'`) allows; by default style-mod writes a <style> element into the
 * document, which that policy blocks.
 */
const ADOPT = '!root.head && root.adoptedStyleSheets';
const adoptedEditorStyles = {
  name: 'adopted-editor-styles',
  transform(code, id) {
    if (!/[\\/]style-mod[\\/]/.test(id) || !code.includes(ADOPT)) return null;
    return code.replace(ADOPT, 'root.adoptedStyleSheets');
  },
};

export default defineConfig({
  plugins: [react(), adoptedEditorStyles],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  server: { proxy: { '/v1': backend, '/api': backend, '/health': backend } },
  test: { environment: 'node', include: ['src/**/*.test.js'] },
});
