import { readFile } from 'node:fs/promises'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { RESERVED_IDS } from './src/components/method/method-page-ids.ts'
import { renderMarkdown } from './src/composables/markdown-build.ts'

/**
 * Nothing the page loads may leave its own origin. The policy goes into the built page only:
 * the dev server injects styles and a live-reload socket that a strict policy would block.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'channel-planner:csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      )
    },
  }
}

const METHODOLOGY_ID = 'virtual:methodology'

/**
 * `import methodology from 'virtual:methodology'`: docs/methodology.md rendered here, at build
 * time, to the element tree of src/composables/markdown.ts. The page ships that data and no
 * markdown parser; its headings' ids already avoid the ids the method page uses itself.
 */
function methodology(): Plugin {
  const file = fileURLToPath(new URL('./docs/methodology.md', import.meta.url))
  // The \0 marks a module with no file behind it, so other plugins leave it alone.
  const resolved = '\0methodology'
  return {
    name: 'channel-planner:methodology',
    resolveId(id) {
      return id === METHODOLOGY_ID ? resolved : undefined
    },
    async load(id) {
      if (id !== resolved) return undefined
      // Ties the document to this module: the dev server updates the page when it changes.
      this.addWatchFile(file)
      const doc = renderMarkdown(await readFile(file, 'utf8'), { reservedIds: RESERVED_IDS })
      // JSON.parse of a string loads faster than the same object literal, and the data is large.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(doc))})`
    },
  }
}

/** The accent colour of src/styles/main.css (`--accent`), for the installed app's title bar. */
const THEME_COLOR = '#1d4ed8'

/**
 * Offline: a Workbox service worker (sw.js, next to index.html) precaches every built file, so
 * once the app has been opened it installs and runs with no network. The page registers it
 * itself from module code (src/sw/register.ts): no inline script, so the policy stays strict.
 */
function offline(): Plugin[] {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'autoUpdate',
    injectRegister: false,
    // Relative, like the base: the app may live under any sub-path.
    scope: './',
    manifest: {
      name: 'Channel Planner',
      short_name: 'Channels',
      description:
        'Plan where to offer customer service: staff hours, response targets and the cost of spreading thin, computed in your browser.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: THEME_COLOR,
      background_color: '#f8fafc',
      icons: [
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    // The icons are precached by the glob below (the plugin adds the manifest itself).
    includeManifestIcons: false,
    workbox: {
      // Production Workbox (no logging) even when the build runs under NODE_ENV=test.
      mode: 'production',
      // Everything the build emits: the entry, lazy views, the analysis worker, styles, icons.
      globPatterns: ['**/*.{js,css,html,svg,png}'],
      // Any page inside the app's folder is the app (it routes by hash); relative to sw.js.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // autoUpdate: a new version takes over at once (src/sw/register.ts then reloads the page).
      // The plugin only sets these itself when it injects its own registration script.
      skipWaiting: true,
      clientsClaim: true,
      // Only our own files: nothing is cached at run time, least of all another origin's.
      runtimeCaching: [],
    },
  })
}

export default defineConfig({
  // Relative base: the built app works from any sub-path of a static host.
  base: './',
  plugins: [vue(), methodology(), contentSecurityPolicy(), offline()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
  },
})
