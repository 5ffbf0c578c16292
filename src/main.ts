import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { setAnalysisBackend } from './stores/planner'
import { registerServiceWorker } from './sw/register'
import { workerBackend } from './workers/analysis-client'
import './styles/main.css'

// The portfolio analysis runs in a Web Worker, so the page never freezes.
setAnalysisBackend(workerBackend)

createApp(App).use(createPinia()).mount('#app')

// Offline: the built app caches itself (see vite.config.ts); not in the dev server.
registerServiceWorker()
