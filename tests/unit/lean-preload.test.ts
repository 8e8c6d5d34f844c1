import { describe, expect, it } from 'vitest';
import { leanPreload } from '../../config/lean-preload.ts';

/** A client build's output, in the shape Rollup/Rolldown hands to generateBundle. */
function bundle(chunks: Record<string, { code: string; exports: string[] }>) {
  return Object.fromEntries(
    Object.entries(chunks).map(([fileName, c]) => [fileName, { type: 'chunk', fileName, map: {}, ...c }]),
  ) as unknown as Record<string, { code: string; map: unknown }>;
}

/** Runs the plugin's generateBundle hook as Vite would, in the named environment. */
function generate(out: ReturnType<typeof bundle>, environment = 'client') {
  const hook = leanPreload().generateBundle as unknown as (
    this: { environment: { name: string }; error: (m: string) => never },
    options: object,
    b: object,
  ) => void;
  hook.call(
    {
      environment: { name: environment },
      error: (m) => {
        throw new Error(m);
      },
    },
    {},
    out,
  );
}

const HELPER =
  'var a=function(a,o){/* … */window.dispatchEvent(new Event(`vite:preloadError`))};export{a as t};';

describe('leanPreload', () => {
  it('turns module preload off for the client build only', () => {
    const configEnvironment = leanPreload().configEnvironment as (name: string) => unknown;
    expect(configEnvironment('client')).toEqual({ build: { modulePreload: false } });
    expect(configEnvironment('ssr')).toBeUndefined();
  });

  it("replaces the helper chunk with a call of the import, keeping the chunk's export name", async () => {
    const out = bundle({
      '_astro/preload-helper.js': { code: HELPER, exports: ['t'] },
      '_astro/Search.js': {
        code: 'import{t as e}from"./preload-helper.js";e(()=>import("./c.js"),[]);',
        exports: [],
      },
    });
    generate(out);
    const helper = out['_astro/preload-helper.js']!.code;
    expect(helper).not.toContain('vite:preloadError');
    const url = `data:text/javascript,${encodeURIComponent(helper)}`;
    const { t } = (await import(/* @vite-ignore */ url)) as {
      t: (load: () => Promise<string>) => Promise<string>;
    };
    await expect(t(() => Promise.resolve('module'))).resolves.toBe('module');
    expect(out['_astro/Search.js']!.code).toContain('import("./c.js")');
  });

  it('leaves other environments and other chunks alone', () => {
    const out = bundle({ '_astro/preload-helper.js': { code: HELPER, exports: ['t'] } });
    generate(out, 'ssr');
    expect(out['_astro/preload-helper.js']!.code).toBe(HELPER);
    const inlined = bundle({
      '_astro/entry.js': { code: `${HELPER}export const x=1;`, exports: ['t', 'x'] },
    });
    generate(inlined);
    expect(inlined['_astro/entry.js']!.code).toContain('vite:preloadError');
  });

  it('stops the build when a dynamic import still has dependencies to preload, naming the chunk', () => {
    const out = bundle({
      '_astro/preload-helper.js': { code: HELPER, exports: ['t'] },
      '_astro/Lazy.js': {
        code: 'const __vite__mapDeps=(i)=>i;e(()=>import("./x.js"),__vite__mapDeps([0]));',
        exports: [],
      },
    });
    expect(() => generate(out)).toThrow(
      /_astro\/Lazy\.js: a dynamic import still has dependencies to preload/,
    );
  });
});
