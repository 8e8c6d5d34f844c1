import type { APIRoute, GetStaticPaths } from 'astro';
import { filterDocument, type ApiPage } from '../../../lib/openapi/split.ts';
import { loadSpecs, type ApiSpec } from '../../../lib/openapi/specs.ts';

/** One page of a split spec, as the JSON document its page fetches to hydrate Redoc. */
export const getStaticPaths = (async () =>
  (await loadSpecs()).flatMap((spec) =>
    spec.pages.map((page) => ({ params: { id: spec.id, page: page.slug }, props: { spec, page } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: ApiSpec; page: ApiPage }> = ({ props }) =>
  new Response(JSON.stringify(filterDocument(props.spec.bundled, props.page.operations)), {
    headers: { 'Content-Type': 'application/json' },
  });
