import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import './index.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'

// In development the API is mocked by MSW unless VITE_API=server (then Vite proxies to the real
// server). `import.meta.env.DEV` is false in a production build, so the mocks are never bundled.
async function enableMocking() {
  if (!import.meta.env.DEV || import.meta.env.VITE_API === 'server') return
  const { worker } = await import('../../mocks/browser')
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html 缺少 #root')

enableMocking().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
