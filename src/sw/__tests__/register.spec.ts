import { describe, expect, it, vi } from 'vitest'
import { registerServiceWorker, type ServiceWorkerEnvironment } from '../register'

interface Fake {
  env: ServiceWorkerEnvironment
  register: ReturnType<typeof vi.fn>
  reload: ReturnType<typeof vi.fn>
  warn: ReturnType<typeof vi.fn>
  loadListeners: (() => void)[]
  fireControllerChange(): void
}

function fake(
  options: {
    production?: boolean
    supported?: boolean
    controlled?: boolean
    loaded?: boolean
    fails?: boolean
  } = {},
): Fake {
  const { production = true, supported = true, controlled = false, loaded = true } = options
  const listeners: (() => void)[] = []
  const loadListeners: (() => void)[] = []
  const register = vi.fn(() =>
    options.fails ? Promise.reject(new Error('denied')) : Promise.resolve({}),
  )
  const container = {
    controller: controlled ? {} : null,
    register,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'controllerchange') listeners.push(listener)
    },
  } as unknown as ServiceWorkerContainer
  const reload = vi.fn()
  const warn = vi.fn()
  return {
    env: {
      production,
      container: supported ? container : undefined,
      loaded: () => loaded,
      onLoad: (run) => loadListeners.push(run),
      reload,
      warn,
    },
    register,
    reload,
    warn,
    loadListeners,
    fireControllerChange: () => listeners.forEach((l) => l()),
  }
}

describe('registerServiceWorker', () => {
  it('registers ./sw.js relative to the page, scoped to the app folder', () => {
    const f = fake()
    registerServiceWorker(f.env)
    expect(f.register).toHaveBeenCalledWith('./sw.js', { scope: './', type: 'classic' })
  })

  it('does nothing in development or where service workers do not exist', () => {
    const dev = fake({ production: false })
    registerServiceWorker(dev.env)
    expect(dev.register).not.toHaveBeenCalled()
    const unsupported = fake({ supported: false })
    expect(() => registerServiceWorker(unsupported.env)).not.toThrow()
    expect(unsupported.register).not.toHaveBeenCalled()
  })

  it('waits for the page to load before registering', () => {
    const f = fake({ loaded: false })
    registerServiceWorker(f.env)
    expect(f.register).not.toHaveBeenCalled()
    f.loadListeners.forEach((run) => run())
    expect(f.register).toHaveBeenCalledTimes(1)
  })

  it('reports a failed registration as a warning, not an error', async () => {
    const f = fake({ fails: true })
    registerServiceWorker(f.env)
    await vi.waitFor(() => expect(f.warn).toHaveBeenCalledTimes(1))
    expect(f.warn.mock.calls[0]?.[0]).toMatch(/will not work offline/)
  })

  it('reloads once when a new version takes over a page an old one controls', () => {
    const f = fake({ controlled: true })
    registerServiceWorker(f.env)
    f.fireControllerChange()
    f.fireControllerChange()
    expect(f.reload).toHaveBeenCalledTimes(1)
  })

  it('does not reload when the first version takes control on first visit', () => {
    const f = fake({ controlled: false })
    registerServiceWorker(f.env)
    f.fireControllerChange()
    expect(f.reload).not.toHaveBeenCalled()
  })
})
