import type { Route } from "../resources/context";

interface Compiled {
  route: Route;
  segments: string[];
}

/** Finds routes by method and path; `:name` segments capture. */
export class RouteTable {
  private readonly compiled: Compiled[];

  constructor(routes: Route[]) {
    this.compiled = routes.map((route) => ({ route, segments: route.path.split("/") }));
  }

  match(method: string, path: string): { route: Route; params: Record<string, string> } | null {
    const parts = path.split("/");
    for (const { route, segments } of this.compiled) {
      if (route.method !== method || segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < segments.length && ok; i++) {
        const segment = segments[i]!;
        const part = parts[i]!;
        if (segment.startsWith(":")) params[segment.slice(1)] = decodeURIComponent(part);
        else ok = segment === part;
      }
      if (ok) return { route, params };
    }
    return null;
  }
}
