import type { APIRoute, GetStaticPaths } from 'astro';
import { stringify } from 'yaml';
import { loadSpecs, type ApiSpec } from '../../lib/openapi/specs.ts';

/** Every spec, bundled into one YAML file: the target of Redoc's download button. */
export const getStaticPaths = (async () =>
  (await loadSpecs()).map((spec) => ({ params: { id: spec.id }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: ApiSpec }> = ({ props }) =>
  new Response(stringify(props.spec.bundled, { lineWidth: 0 }), {
    headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
  });
