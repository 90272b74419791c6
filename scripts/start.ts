import { ensureWebBuild } from './ensure-web-build.js';

// `npm start`: build the web app if needed, then run the server in this process.
ensureWebBuild();
await import('../src/server/main.js');
