/**
 * The Content-Security-Policy every page carries (as a meta tag; dist/_headers repeats it as a
 * header with what only a header can say). Scripts only from the site, never inline. Scripts set
 * styles only through the CSSOM.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
