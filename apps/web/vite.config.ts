import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [preact()],
  build: {
    target: 'es2022',
    // Assets under /assets/ are content-hashed; the server caches them for a year.
    assetsDir: 'assets',
    cssCodeSplit: false,
    // Fonts stay files, fetched only for the scripts a page shows: inlined into the CSS, every
    // small subset (Greek, Vietnamese...) would weigh on every first load.
    assetsInlineLimit: (file) => (/\.woff2?$/u.test(file) ? false : undefined),
  },
  server: {
    // `npm run dev`: the Vite dev server proxies the API to a running `npm start` server.
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
});
