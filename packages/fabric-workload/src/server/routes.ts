import { type ServerOperations, serverRoutes } from "../generated/server.gen.js";

/** A callback of the jobs handler: `cancel` or `getState` (the spec's `x-cancel-server`). */
export type JobsOperationName = keyof ServerOperations;

type Segment = { literal: string } | { param: string };

interface CompiledRoute {
  name: JobsOperationName;
  operationId: string;
  method: string;
  segments: Segment[];
}

/** What a request path names: a route of the generated table, with its path parameters. */
export interface JobsRouteMatch {
  name: JobsOperationName;
  operationId: string;
  /** Path parameters by their name in the spec, percent-decoded. */
  params: Record<string, string>;
  /** Parameters whose segment is not valid percent-encoding (kept as sent in `params`). */
  undecodable: string[];
}

/** The outcome of {@link matchJobsRoute}. */
export type JobsRouteLookup =
  | { found: true; match: JobsRouteMatch }
  /** The path is a route's, the method is not: the methods it has. */
  | { found: false; allow: string[] }
  | { found: false; allow?: undefined };

function compile(template: string): Segment[] {
  return template
    .split("/")
    .slice(1)
    .map((part) => {
      const param = /^\{([^}]+)\}$/.exec(part);
      return param ? { param: param[1]! } : { literal: part };
    });
}

// Longest template first: with routes matched at the end of a path, `…/{jobInstanceId}/cancel`
// must be tried before `…/{jobInstanceId}`.
const ROUTES: readonly CompiledRoute[] = (
  Object.entries(serverRoutes) as [JobsOperationName, (typeof serverRoutes)[JobsOperationName]][]
)
  .map(([name, { operation }]) => ({
    name,
    operationId: operation.operationId,
    method: operation.method.toUpperCase(),
    segments: compile(operation.path),
  }))
  .sort((a, b) => b.segments.length - a.segments.length);

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Path parameters when `segments` are exactly the route's. */
function matchSegments(
  route: CompiledRoute,
  segments: string[],
): Record<string, string> | undefined {
  if (segments.length !== route.segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const want = route.segments[i]!;
    const got = segments[i]!;
    if ("literal" in want) {
      if (got !== want.literal) return undefined;
    } else {
      if (got === "") return undefined;
      params[want.param] = got;
    }
  }
  return params;
}

/** `/a/b/` → `/a/b`; `""` and `/` → `""`. */
export function normaliseBasePath(basePath: string): string {
  const trimmed = basePath.replace(/\/+$/, "");
  if (trimmed !== "" && !trimmed.startsWith("/")) {
    throw new TypeError(`basePath must start with "/", got ${JSON.stringify(basePath)}`);
  }
  return trimmed;
}

/**
 * Finds the route of the spec's jobs operations that a method and URL path name. With a
 * `basePath` the path must be that prefix followed by a route's template; without one a
 * template matches the end of the path, whatever comes before it (the workload's base URL).
 */
export function matchJobsRoute(
  method: string,
  pathname: string,
  basePath?: string | undefined,
): JobsRouteLookup {
  let rest = pathname;
  if (basePath !== undefined) {
    const base = normaliseBasePath(basePath);
    if (!pathname.startsWith(`${base}/`)) return { found: false };
    rest = pathname.slice(base.length);
  }
  const all = rest.split("/").slice(1);
  const allow = new Set<string>();
  for (const route of ROUTES) {
    const segments = basePath === undefined ? all.slice(-route.segments.length) : all;
    const raw = matchSegments(route, segments);
    if (raw === undefined) continue;
    if (route.method !== method.toUpperCase()) {
      allow.add(route.method);
      continue;
    }
    const params: Record<string, string> = {};
    const undecodable: string[] = [];
    for (const [name, value] of Object.entries(raw)) {
      const decoded = decode(value);
      if (decoded === undefined) undecodable.push(name);
      params[name] = decoded ?? value;
    }
    return {
      found: true,
      match: { name: route.name, operationId: route.operationId, params, undecodable },
    };
  }
  return allow.size > 0 ? { found: false, allow: [...allow].sort() } : { found: false };
}
