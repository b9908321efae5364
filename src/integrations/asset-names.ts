/**
 * Names of the built scripts and stylesheets, for what they are: the layout's script and
 * stylesheet, which every page loads, are site.*.js and site.*.css (Astro would call them
 * BaseLayout.astro_astro_type_script_index_0_lang.*.js and BaseLayout.*.css), and a component's
 * script takes the component's name.
 */
const assets = '_astro';

export function assetName(name: string): string {
  // A page's own assets carry Astro's "@_@astro" mark, a component script its type suffix.
  const bare = name.split('@_@')[0]!.replace(/\.astro_astro_type_script_index_\d+_lang$/, '');
  return bare === 'BaseLayout' ? 'site' : bare;
}

/** Rolldown output options for Astro's client build (vite.environments.client). */
export const clientOutputNames = {
  entryFileNames: (chunk: { name: string }) => `${assets}/${assetName(chunk.name)}.[hash].js`,
  chunkFileNames: (chunk: { name: string }) => `${assets}/${assetName(chunk.name)}.[hash].js`,
  assetFileNames: (asset: { names?: string[] }) => {
    const name = asset.names?.[0] ?? 'asset';
    const dot = name.lastIndexOf('.');
    return `${assets}/${assetName(dot > 0 ? name.slice(0, dot) : name)}.[hash][extname]`;
  },
};
