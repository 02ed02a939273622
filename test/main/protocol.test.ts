import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveAppPath, serveAppRequest } from '../../electron/main/protocol'

function rendererFolder() {
  const root = mkdtempSync(join(tmpdir(), 'spleiselag-renderer-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Spleiselag</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, '..', 'secret.txt'), 'not for the renderer')
  return root
}

describe('the app:// protocol', () => {
  it('serves the renderer’s files with the CSP and the right type', async () => {
    const root = rendererFolder()
    const page = await serveAppRequest(root, new Request('app://spleiselag/'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(await page.text()).toContain('<title>Spleiselag</title>')
    const script = await serveAppRequest(root, new Request('app://spleiselag/assets/app.js'))
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('sends every kind of file the build has with its own type, and forbids sniffing another', async () => {
    const root = rendererFolder()
    const types: Record<string, string> = {
      'a.mjs': 'text/javascript; charset=utf-8',
      'a.css': 'text/css; charset=utf-8',
      'a.json': 'application/json; charset=utf-8',
      'a.svg': 'image/svg+xml',
      'a.png': 'image/png',
      'a.ico': 'image/x-icon',
      'a.woff2': 'font/woff2',
      'a.woff': 'font/woff',
      'a.bin': 'application/octet-stream'
    }
    for (const [name, type] of Object.entries(types)) {
      writeFileSync(join(root, 'assets', name), 'x')
      const response = await serveAppRequest(root, new Request(`app://spleiselag/assets/${name}`))
      expect(response.headers.get('content-type'), name).toBe(type)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('serves index.html for the bare origin and refuses a NUL byte in the path', async () => {
    const root = rendererFolder()
    expect(resolveAppPath(root, 'app://spleiselag/')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://spleiselag//assets/app.js')).toBe(join(root, 'assets', 'app.js'))
    writeFileSync(join(root, 'index.html.txt'), 'x')
    expect(resolveAppPath(root, 'app://spleiselag/index.html%00.txt')).toBeNull()
    expect(resolveAppPath(root, 'app://spleiselag/%E0%A4%A')).toBeNull()
    expect(resolveAppPath(root, 'not a url')).toBeNull()
  })

  it('refuses paths outside the renderer folder and other hosts', async () => {
    const root = rendererFolder()
    for (const url of [
      'app://spleiselag/../secret.txt',
      'app://spleiselag/%2e%2e/secret.txt',
      'app://spleiselag/..%2fsecret.txt',
      'app://spleiselag/..%5csecret.txt',
      'app://spleiselag/assets/%2e%2e%2f%2e%2e%2fsecret.txt'
    ]) {
      const path = resolveAppPath(root, url)
      if (path !== null) expect(path.startsWith(root + '/')).toBe(true)
      const response = await serveAppRequest(root, new Request(url))
      expect(response.status).toBe(404)
    }
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull()
    expect(resolveAppPath(root, 'https://spleiselag/index.html')).toBeNull()
    const escaped = await serveAppRequest(root, new Request('app://spleiselag/%2e%2e/secret.txt'))
    expect(escaped.status).toBe(404)
    const missing = await serveAppRequest(root, new Request('app://spleiselag/nope.js'))
    expect(missing.status).toBe(404)
    const post = await serveAppRequest(root, new Request('app://spleiselag/index.html', { method: 'POST' }))
    expect(post.status).toBe(405)
  })
})
