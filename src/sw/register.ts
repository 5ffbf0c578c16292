/**
 * Offline: registers the service worker that the build generates next to index.html (sw.js,
 * from vite-plugin-pwa, see vite.config.ts). It precaches every built file, so once the app has
 * been opened it installs and works with no network. Registered from module code, not an
 * inline script, so the Content-Security-Policy stays strict.
 */

/** What registration needs from the browser (the real ones by default; tests pass fakes). */
export interface ServiceWorkerEnvironment {
  /** Only production builds have a sw.js; the dev server never registers one. */
  production: boolean
  /** `navigator.serviceWorker`, or undefined where there is none (old browsers, http pages). */
  container: ServiceWorkerContainer | undefined
  /** Whether the page has finished loading (`document.readyState === 'complete'`). */
  loaded: () => boolean
  /** Runs once the page has loaded (`window` `load` event). */
  onLoad: (run: () => void) => void
  /** Reloads the page (`location.reload()`). */
  reload: () => void
  /** Where a failure is reported: a warning, never an error (the app works without it). */
  warn: (message: string, error: unknown) => void
}

function browserEnvironment(): ServiceWorkerEnvironment {
  return {
    production: import.meta.env.PROD,
    container: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
    loaded: () => document.readyState === 'complete',
    onLoad: (run) => window.addEventListener('load', run, { once: true }),
    reload: () => window.location.reload(),
    warn: (message, error) => console.warn(message, error),
  }
}

/**
 * Registers sw.js (production builds only, where service workers exist). Quiet on success; a
 * failure is a console warning and the app simply stays online-only. A page that an older
 * version controls reloads once when the new version takes over, so it never asks for a lazy
 * chunk that only the old version had.
 */
export function registerServiceWorker(env: ServiceWorkerEnvironment = browserEnvironment()): void {
  const container = env.container
  if (!env.production || !container) return

  if (container.controller) {
    let reloading = false
    container.addEventListener('controllerchange', () => {
      if (reloading) return
      reloading = true
      env.reload()
    })
  }

  const register = () => {
    // Relative to the page, like the rest of the app: it works from any sub-path.
    container.register('./sw.js', { scope: './', type: 'classic' }).catch((error: unknown) => {
      env.warn('Channel Planner will not work offline: the service worker did not register.', error)
    })
  }
  // After the page's own files have loaded, so precaching never competes with them.
  if (env.loaded()) register()
  else env.onLoad(register)
}
