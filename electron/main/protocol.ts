import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from '../../shared/ipc'
import { CONTENT_SECURITY_POLICY } from './security'

/**
 * The renderer is served from app://spleiselag/, a fixed origin. IndexedDB is keyed by origin,
 * so the user's data stays with the app across versions, install folders and machines' paths
 * (a file:// origin would not give that).
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false }
} as const

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff'
}

/** Maps an app:// URL to a file below the renderer folder, or null for anything outside it. */
export function resolveAppPath(rendererRoot: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '')
  const root = normalize(rendererRoot + sep)
  const full = normalize(join(root, relative))
  if (!full.startsWith(root)) return null
  return full
}

export async function serveAppRequest(rendererRoot: string, request: Request): Promise<Response> {
  if (request.method !== 'GET') return new Response(null, { status: 405 })
  const path = resolveAppPath(rendererRoot, request.url)
  if (!path) return new Response(null, { status: 404 })
  try {
    const body = await readFile(path)
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff'
      }
    })
  } catch {
    return new Response(null, { status: 404 })
  }
}
