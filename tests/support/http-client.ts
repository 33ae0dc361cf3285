/**
 * A small HTTP client for the contract suite: real requests, a cookie jar of one session, and the
 * same-origin `Origin` header a browser sends with writes.
 */
export class TestClient {
  private cookie = ''

  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const init: RequestInit = {
      method,
      headers: {
        Accept: 'application/json',
        Origin: this.baseUrl,
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    }
    const response = await fetch(`${this.baseUrl}${path}`, init)
    const setCookie = response.headers.get('set-cookie')
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? ''
    const text = await response.text()
    let json: unknown = null
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      json = text
    }
    return {
      status: response.status,
      json: json as Record<string, unknown> & { error?: { code: string; message: string; fields?: Record<string, string> } },
      headers: response.headers,
    }
  }

  get = (path: string) => this.request('GET', path)
  put = (path: string, body: unknown) => this.request('PUT', path, body)
  delete = (path: string) => this.request('DELETE', path)
  post = (path: string, body?: unknown) => this.request('POST', path, body)

  async login(username: string, password: string) {
    const res = await this.post('/api/auth/login', { username, password })
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.json)}`)
  }

  async logout() {
    await this.post('/api/auth/logout')
    this.cookie = ''
  }
}
