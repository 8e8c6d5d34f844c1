import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSpecs, type ApiSpec } from '../../lib/openapi/specs.ts';

/** Every unsplit spec's bundled document as JSON: what its page fetches to hydrate Redoc (split specs: [id]/[page].json.ts). */
export const getStaticPaths = (async () =>
  (await loadSpecs())
    .filter((spec) => spec.pages.length === 0)
    .map((spec) => ({ params: { id: spec.id }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: ApiSpec }> = ({ props }) =>
  new Response(JSON.stringify(props.spec.bundled), { headers: { 'Content-Type': 'application/json' } });
