import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The console is served by the backend at `/` in production and talks to `/api` on the same
// origin; in development Vite proxies `/api` to the backend so the same relative URLs work.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One bundle for a staff console behind a sign-in is fine; react-admin alone is ~1 MB.
    chunkSizeWarningLimit: 1600,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
