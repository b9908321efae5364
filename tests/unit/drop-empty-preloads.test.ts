import { describe, expect, it } from 'vitest';
import { unwrapEmptyPreloads } from '../../src/integrations/drop-empty-preloads';

const helper = 'import{_ as n}from"./preload-helper.bFjQlsqE.js";';

describe("unwrapping Vite's empty preload wrappers", () => {
  it('turns a wrapper with nothing to preload into a plain dynamic import and drops the helper', () => {
    const code = `${helper}const t=1;n(()=>import("./chart-render.abc.js"),[]).then(m=>m.drawChart(t));`;
    expect(unwrapEmptyPreloads(code)).toEqual({
      code: 'const t=1;import("./chart-render.abc.js").then(m=>m.drawChart(t));',
      dropped: 'preload-helper.bFjQlsqE.js',
    });
  });

  it('keeps the helper while a wrapper still has files to preload', () => {
    const code = `${helper}n(()=>import("./a.js"),[]);n(()=>import("./b.js"),["_astro/b.css"]);`;
    const result = unwrapEmptyPreloads(code);
    expect(result.dropped).toBeUndefined();
    expect(result.code).toBe(`${helper}import("./a.js");n(()=>import("./b.js"),["_astro/b.css"]);`);
  });

  it('leaves other identifiers that end in the same letter alone', () => {
    const code = `${helper}an(()=>import("./a.js"),[]);n(()=>import("./b.js"),[]);`;
    expect(unwrapEmptyPreloads(code).code).toBe('an(()=>import("./a.js"),[]);import("./b.js");');
  });

  it('changes nothing in a chunk without the helper', () => {
    const code = 'import("./a.js");';
    expect(unwrapEmptyPreloads(code)).toEqual({ code });
  });
});
