import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSpecs, type ApiSpec } from '../../lib/openapi/specs.ts';

/** Every spec's bundled document as JSON: what the API page fetches to hydrate Redoc. */
export const getStaticPaths = (async () =>
  (await loadSpecs()).map((spec) => ({ params: { id: spec.id }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: ApiSpec }> = ({ props }) =>
  new Response(JSON.stringify(props.spec.bundled), { headers: { 'Content-Type': 'application/json' } });
