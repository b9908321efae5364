import type { Plugin } from 'vite';

const helperImport = /import\{_ as ([\w$]+)\}from"\.\/(preload-helper\.[\w-]+\.js)";/;

/**
 * Rewrites one built chunk: `X(()=>import("./a.js"),[])`, a preload wrapper with no dependencies
 * to preload, becomes `import("./a.js")`. When no wrapper is left, the import of the helper goes
 * too. Returns the helper's file name when it was dropped.
 */
export function unwrapEmptyPreloads(code: string): { code: string; dropped?: string } {
  const found = helperImport.exec(code);
  if (!found) return { code };
  const [statement, name, helper] = found as unknown as [string, string, string];
  const callee = `(?<![\\w$.])${name.replaceAll('$', '\\$')}\\(`;
  const unwrapped = code.replace(new RegExp(`${callee}\\(\\)=>(import\\("[^"]+"\\)),\\[\\]\\)`, 'g'), '$1');
  if (new RegExp(callee).test(unwrapped.replace(statement, ''))) return { code: unwrapped }; // a call with dependencies
  return { code: unwrapped.replace(statement, ''), dropped: helper };
}

/**
 * Vite wraps every dynamic import in its preload helper, even with `modulePreload: false` and
 * nothing to preload (vitejs/vite#18551, open). On a report page that helper is 0.7 KB of the
 * 30 KB first-load budget, loaded for nothing: this drops it when no chunk needs it.
 */
export function dropEmptyPreloads(): Plugin {
  return {
    name: 'jiangmen-drop-empty-preloads',
    apply: 'build',
    // In the browser bundle, keep the helper a chunk of its own, so dropping it is dropping a
    // file and an import.
    config: (_config, { isSsrBuild }) =>
      isSsrBuild ? {} : { build: { rollupOptions: { output: { manualChunks: (id: string) => (id.includes('vite/preload-helper') ? 'preload-helper' : undefined) } } } },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const stillUsed = new Set<string>();
        const dropped = new Set<string>();
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          const result = unwrapEmptyPreloads(chunk.code);
          chunk.code = result.code;
          const dir = chunk.fileName.slice(0, chunk.fileName.lastIndexOf('/') + 1);
          if (result.dropped) {
            dropped.add(dir + result.dropped);
            chunk.imports = chunk.imports.filter((f) => f !== dir + result.dropped);
          }
          for (const f of chunk.imports) stillUsed.add(f);
        }
        for (const helper of dropped) if (!stillUsed.has(helper)) delete bundle[helper];
      },
    },
  };
}
