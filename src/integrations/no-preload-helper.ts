import type { Plugin } from 'vite';

/** How Vite 8 writes a dynamic import before it fills in what to preload (renderChunk stage). */
const preloadCall = /__vitePreload\(\(\) => (.+?), __VITE_PRELOAD__\)/g;

/** `__vitePreload(() => import("./a.js").then(f), __VITE_PRELOAD__)` → `import("./a.js").then(f)`. */
export function unwrapPreloads(code: string): string {
  return code.replace(preloadCall, '$1');
}

/**
 * Vite wraps every dynamic import in its preload helper (vitejs/vite#18551, open), and Vite 8
 * inlines the helper (0.7 KB) into the chunk that imports, here the site script every page loads.
 * The site's lazily loaded modules (the chart loader, search highlighting) are small scripts
 * with no stylesheet, so preloading buys nothing: this unwraps the calls before minification,
 * which then drops the unused helper. A lazy module that brings CSS would need the helper, so
 * the build fails if one appears.
 */
export function noPreloadHelper(): Plugin {
  return {
    name: 'jiangmen-no-preload-helper',
    apply: 'build',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    renderChunk: {
      order: 'post',
      handler: (code) => (code.includes('__VITE_PRELOAD__') ? { code: unwrapPreloads(code), map: null } : null),
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const lazy of chunk.dynamicImports) {
          const target = bundle[lazy];
          if (target?.type === 'chunk' && target.viteMetadata?.importedCss.size) {
            this.error(
              `${lazy} is imported lazily and brings CSS, which needs Vite's preload helper: see src/integrations/no-preload-helper.ts`,
            );
          }
        }
      }
    },
  };
}
