import { describe, expect, it } from 'vitest';
import { unwrapPreloads } from '../../src/integrations/no-preload-helper';

describe("unwrapping Vite's preload wrappers", () => {
  it('turns each wrapper into its plain dynamic import, whatever the expression after it', () => {
    const code = [
      'if (x) __vitePreload(() => import("./chart-render.!~{004}~.js").then((m) => m.drawChart(entry.target)), __VITE_PRELOAD__);',
      'if (t.length) __vitePreload(() => import("./search-highlight.!~{005}~.js").then((m) => m.highlightTerms(t)), __VITE_PRELOAD__);',
    ].join('\n');
    expect(unwrapPreloads(code)).toBe(
      [
        'if (x) import("./chart-render.!~{004}~.js").then((m) => m.drawChart(entry.target));',
        'if (t.length) import("./search-highlight.!~{005}~.js").then((m) => m.highlightTerms(t));',
      ].join('\n'),
    );
  });

  it('changes nothing in a chunk without a wrapper', () => {
    const code = 'import("./a.js"); preload(() => 1, []);';
    expect(unwrapPreloads(code)).toBe(code);
  });
});
