import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { prerenderRedoc } from '../../src/integrations/redoc/ssr.ts';
import { prepareRedocHtml } from '../../src/integrations/redoc/search-markup.ts';
import { inlinePathItemRefs, listOperations, type ApiOperationInfo } from '../../src/lib/openapi/specs.ts';
import { validateSpec } from '../../src/lib/openapi/validate.ts';

/*
 * prepareRedocHtml and listOperations on Redoc's real server render of fixture
 * specs: if Redoc's markup or anchors change, these fail. Expectations come
 * from the specs (listOperations), not from hard-coded counts.
 */
const SITE = 'tests/fixtures/api-site';

async function render(id: string): Promise<{ operations: ApiOperationInfo[]; root: HTMLElement }> {
  process.env['HANDBOOK_ROOT'] = SITE;
  const { bundled } = await validateSpec(`${SITE}/content/apis/${id}.yaml`);
  inlinePathItemRefs(bundled);
  const { html } = await prerenderRedoc(id, bundled);
  const root = new JSDOM('').window.document.createElement('div');
  root.innerHTML = prepareRedocHtml(html);
  return { operations: listOperations(bundled), root };
}

describe('prepareRedocHtml on prerenderRedoc() output', () => {
  let vendor: Awaited<ReturnType<typeof render>>;
  let legacy: Awaited<ReturnType<typeof render>>;
  beforeAll(async () => {
    vendor = await render('vendor-pets');
    legacy = await render('legacy-inventory');
  }, 60_000);

  it('lists webhooks and $ref-ed path items among the operations', () => {
    expect(vendor.operations.filter((o) => o.webhook).map((o) => o.path)).toEqual(['petAdopted']);
    expect(vendor.operations.map((o) => o.operationId)).toContain('getPetById');
    expect(vendor.operations.find((o) => !o.operationId)?.anchor).toBe('tag/pets/paths/~1pets/get');
  });

  it("puts each operation's Redoc anchor on its heading, once, with top search weight", () => {
    for (const { root, operations } of [vendor, legacy]) {
      expect(operations.length).toBeGreaterThan(0);
      for (const op of operations) {
        const matches = root.querySelectorAll(`[id="${op.anchor}"]`);
        expect(matches, op.anchor).toHaveLength(1);
        expect(matches[0]!.tagName).toBe('H3');
        expect(matches[0]!.textContent).toContain(op.summary);
        expect(matches[0]!.getAttribute('data-pagefind-weight')).toBe('10');
        // Redoc still finds the section by its data-section-id.
        expect(root.querySelector(`[data-section-id="${op.anchor}"]`)).not.toBeNull();
      }
    }
  });

  it("indexes an operation's summary and description, not its samples, and ignores the side menu", () => {
    const heading = vendor.root.querySelector('[id="tag/events/operation/petAdopted"]')!;
    const middle = heading.parentElement!;
    const description = [...middle.children].find((c) => c.textContent?.includes('Sent when a pet finds'));
    expect(description?.hasAttribute('data-pagefind-ignore')).toBe(false);
    const right = middle.nextElementSibling!;
    expect([...right.children].slice(1).every((c) => c.hasAttribute('data-pagefind-ignore'))).toBe(true);
    expect(vendor.root.querySelector('.menu-content')?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  it('loads no remote image or media: they are plain links', () => {
    const remote = [...vendor.root.querySelectorAll('img, video, audio, source, iframe')].filter((el) =>
      /^(https?:)?\/\//.test(el.getAttribute('src') ?? ''),
    );
    expect(remote).toEqual([]);
    const logo = vendor.root.querySelector('a[href="https://cdn.vendor.example/logo.png"]');
    expect(logo?.textContent).toBe('Vendor logo');
    // A data: image is not remote and stays.
    expect(vendor.root.querySelector('img[alt="diagram"]')?.getAttribute('src')).toMatch(/^data:/);
  });

  it('renders a converted Swagger 2.0 spec', () => {
    expect(legacy.root.textContent).toContain('Get the stock level of an item');
    expect(legacy.root.textContent).toContain('/items/{sku}');
  });
});
