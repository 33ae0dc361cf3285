/** The sign-in page, coming back to `next` (a path on this site) afterwards. */
export const loginPath = (next: string) => `/login?next=${encodeURIComponent(next)}`
