import { z } from 'zod';

/**
 * A link the content may ask the site to build: http or https only, so a `javascript:` or
 * `data:` URL in a content file fails the build instead of becoming a link.
 */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
