// Which fast-lane endpoint a request is for. Pure: paths are split once, each request is a few string compares.
import type { FastEndpoint } from './types.ts';

interface CompiledEndpoint {
  endpoint: FastEndpoint;
  /** A literal segment, or a parameter's name after ':'. */
  segments: string[];
}

export type EndpointMatch = { endpoint: FastEndpoint; params: Record<string, string> } | { methodNotAllowed: true; allowed: string[] } | null;

export function compileEndpoints(endpoints: readonly FastEndpoint[]): CompiledEndpoint[] {
  return endpoints.map((endpoint) => ({ endpoint, segments: endpoint.path.split('/').slice(1) }));
}

function paramsOf(segments: readonly string[], parts: readonly string[]): Record<string, string> | null {
  if (segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const part = parts[index]!;
    if (segment.startsWith(':')) {
      // Decoded as Next decodes a route's params; whatever it holds (even nothing), the data layer answers an id it
      // does not know with 404. A broken %-escape is no endpoint of ours: Next's proxy answers it 400 badPath.
      try {
        params[segment.slice(1)] = decodeURIComponent(part);
      } catch {
        return null;
      }
    } else if (segment !== part) return null;
  }
  return params;
}

/** The endpoint for a method and path, the methods the path has when the method is not one, or null. */
export function matchEndpoint(compiled: readonly CompiledEndpoint[], method: string, path: string): EndpointMatch {
  if (!path.startsWith('/api/')) return null;
  const parts = path.split('/').slice(1);
  const allowed: string[] = [];
  for (const { endpoint, segments } of compiled) {
    const params = paramsOf(segments, parts);
    if (!params) continue;
    if (endpoint.method === method) return { endpoint, params };
    allowed.push(endpoint.method);
  }
  return allowed.length > 0 ? { methodNotAllowed: true, allowed } : null;
}
