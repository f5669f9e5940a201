// The Auth.js endpoints the desk answers: its session, CSRF token and provider list, the sign-in and sign-out steps,
// and the one provider it has (credentials). Any other address under /api/auth ("/api/auth/nope", a callback for a
// provider the desk does not have, a GET of the credentials callback) made Auth.js log a stack trace for each request
// before it answered, so anyone could fill the logs; the route answers those 404 itself. Pure.

const GET_ACTIONS = new Set(["session", "csrf", "providers", "signin", "signout", "error"]);
const POST_ACTIONS = new Set(["session", "signout", "callback/credentials", "signin/credentials"]);

/** Whether `method` on `pathname` (the path under the origin) is one of the Auth.js endpoints the desk uses. */
export function isAuthEndpoint(method: string, pathname: string): boolean {
  const action = /^\/api\/auth\/([a-z/-]{1,40}?)\/?$/.exec(pathname)?.[1];
  if (!action) return false;
  const upper = method.toUpperCase();
  return upper === "GET" || upper === "HEAD" ? GET_ACTIONS.has(action) : upper === "POST" && POST_ACTIONS.has(action);
}
