import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress';

// The console is served by the backend at `/` in production and talks to `/api` on the same
// origin; in development Vite proxies `/api` to the backend so the same relative URLs work.
export default defineConfig({
  base: '/',
  // Brotli and gzip twins of every text file, made once here and sent by the backend as they are.
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Screens are loaded when first shown (React.lazy): the login page downloads only what the
        // entry needs, in one chunk instead of dozens of shared pieces; the charts and the map
        // (staff home page) are one chunk of their own; the react-admin parts only screens use, one more.
        codeSplitting: {
          groups: [
            { name: 'start', tags: ['$initial'], priority: 30 },
            { name: 'charts', test: /node_modules[\\/](recharts|leaflet)[\\/]/, priority: 20 },
            { name: 'screens', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
