import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const server = 'http://localhost:3000';

/**
 * The municipality's theme must come after the bundle's CSS so its design tokens win. Vite
 * injects the bundle's <link> at the end of <head>, so this tag is added after that ('post').
 */
function municipalityThemeLast(): Plugin {
  return {
    name: 'eenloket-theme-last',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'link', attrs: { rel: 'stylesheet', href: '/theme/theme.css' }, injectTo: 'head' }],
    },
  };
}

// Two pages (Mijn loket, Werkplek) from one build; the server serves dist/web/<area>/index.html
// for every route of the area and dist/web/assets under /assets/.
const config = {
  root,
  base: '/',
  plugins: [react(), municipalityThemeLast()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    assetsDir: 'assets',
    // React, the router, i18next, the NL Design System components and react-jsonschema-form form one
    // chunk that both areas share (served immutable, so cached once; ~870 kB, ~250 kB gzipped). Loading
    // the application pages lazily would shrink it; until then the warning threshold sits above it.
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      input: {
        loket: `${root}loket/index.html`,
        werkplek: `${root}werkplek/index.html`,
      },
      output: {
        chunkFileNames: 'assets/shared-[hash].js',
        assetFileNames: (asset) => (asset.names.some((n) => n.endsWith('.css')) ? 'assets/eenloket-[hash][extname]' : 'assets/[name]-[hash][extname]'),
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': server, '/theme': server, '/health': server },
  },
} satisfies UserConfig;

export default defineConfig(({ command }) => {
  // A build is always a production bundle, also when started from a test runner that sets
  // NODE_ENV=test (React would otherwise ship its development build, with StrictMode double effects).
  if (command === 'build') process.env.NODE_ENV = 'production';
  return config;
});
