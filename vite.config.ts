import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

const require = createRequire(import.meta.url)

// The MSW worker script is served by the dev server only, straight from the installed package,
// so the production build carries no mock code and no copied file can drift from the library.
function mockServiceWorker(): Plugin {
  return {
    name: 'mock-service-worker',
    apply: 'serve',
    configureServer(server) {
      const file = require.resolve('msw/mockServiceWorker.js')
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript')
        res.end(readFileSync(file))
      })
    },
  }
}

export default defineConfig({
  plugins: [react(), tailwindcss(), mockServiceWorker()],
  build: { target: 'es2022', sourcemap: true },
  // `npm run dev:api` develops against the real server (npm run server) instead of the mocks.
  server: {
    port: 5173,
    proxy: process.env.VITE_API === 'server' ? { '/api': { target: 'http://localhost:8080', changeOrigin: false } } : {},
  },
})
