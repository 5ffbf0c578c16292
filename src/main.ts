// First: zod is told never to evaluate code before any schema is built (see schemas/zod.ts).
import './schemas/zod'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { registerServiceWorker } from './sw/register'
import { workerBackend } from './workers/analysis-client'
import { setAnalysisBackend } from './workers/analysis-protocol'
import './styles/main.css'

// The portfolio analysis runs in a Web Worker, so the page never freezes: one for the planner,
// one for the compare page while it is open.
setAnalysisBackend(() => workerBackend())

createApp(App).use(createPinia()).mount('#app')

// Offline: the built app caches itself (see vite.config.ts); not in the dev server.
registerServiceWorker()
