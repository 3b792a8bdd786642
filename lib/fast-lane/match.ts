// Which fast-lane endpoint a request is for. Pure: paths are split once, each request is a few string compares.
import type { FastEndpoint } from './types.ts';

interface CompiledEndpoint {
  endpoint: FastEndpoint;
  /** A literal segment, or a parameter's name after ':'. */
  segments: string[];
}

export type EndpointMatch = { endpoint: FastEndpoint; params: Record<string, string> } | { methodNotAllowed: true; allowed: string[] } | null;

/** An id-like segment: plain characters, at least one letter or digit (never "." or ".."). */
const SEGMENT = /^(?=[^]*[A-Za-z0-9])[A-Za-z0-9._~-]{1,128}$/;

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
      // An id is plain characters: anything else (an encoded slash, a dot-dot) is no endpoint of ours.
      if (!SEGMENT.test(part)) return null;
      params[segment.slice(1)] = part;
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
