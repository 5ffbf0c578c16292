/**
 * A minimal static host for the built app: serves a folder under a sub-path on loopback, like
 * a static web host would, and records every request it receives.
 */
import { createServer, type Server } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import type { AddressInfo } from 'node:net'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
}

export interface StaticHost {
  /** The app's address, ending in the sub-path. */
  url: string
  /** Paths requested so far. */
  requests: string[]
  close(): Promise<void>
}

export async function serveStatic(root: string, subPath: string): Promise<StaticHost> {
  const requests: string[] = []
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')
    requests.push(path)
    if (!path.startsWith(subPath)) {
      res.writeHead(404).end('not under the app path')
      return
    }
    const relative = path.slice(subPath.length) || 'index.html'
    const file = normalize(join(root, relative))
    if (!file.startsWith(normalize(root + sep))) {
      res.writeHead(403).end()
      return
    }
    stat(file)
      .then((s) => (s.isDirectory() ? join(file, 'index.html') : file))
      .then((f) => readFile(f).then((body) => ({ f, body })))
      .then(({ f, body }) => {
        res.writeHead(200, { 'content-type': TYPES[extname(f)] ?? 'application/octet-stream' })
        res.end(body)
      })
      .catch(() => res.writeHead(404).end('not found'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
