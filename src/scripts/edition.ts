import { scriptMapPath } from '../lib/constants';
import { hantLang } from '../lib/edition/paths';
import { scriptMaps, type ScriptMaps } from '../lib/edition/script-map';

/** Whether this page is in the 繁體 edition. */
export const isHantPage = () => document.documentElement.lang === hantLang;

let maps: Promise<ScriptMaps> | undefined;

/** The corpus's character map (/script-map.json, a few KB), fetched once it has come. */
export function loadScriptMaps(): Promise<ScriptMaps> {
  maps ??= fetch(scriptMapPath).then(async (r) => {
    if (!r.ok) throw new Error(`${scriptMapPath}: ${r.status}`);
    return scriptMaps(await r.json());
  });
  // A failure (offline) is not kept: the next search asks again.
  maps.catch(() => (maps = undefined));
  return maps;
}
