// A hash router: #/explorer?dx=...&ou=... → route "explorer" with its parameters. Hash routes need
// nothing from the server but index.html, and links stay shareable.

export interface Route {
  path: string[]; // e.g. ["org", "NO-HV"]
  params: URLSearchParams;
}

// The query is parsed before it is decoded, so that a value may itself hold "?", "&" and "=" when
// encoded (e.g. #/login?next=report%3Fou%3DHV-BERGEN%26year%3D2022).
export function currentRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, '');
  const cut = hash.indexOf('?');
  const pathPart = cut < 0 ? hash : hash.slice(0, cut);
  const queryPart = cut < 0 ? '' : hash.slice(cut + 1);
  const path = pathPart
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
  return { path, params: new URLSearchParams(queryPart) };
}

// The route as text without "#/", e.g. "report?ou=HV-BERGEN&year=2022": where to come back to.
export function routeText(route: Route): string {
  const query = route.params.toString();
  return `${route.path.join('/')}${query ? `?${query}` : ''}`;
}

export function href(path: string, params?: Record<string, string>): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `#/${path}${query ? `?${query}` : ''}`;
}

export function navigate(path: string, params?: Record<string, string>): void {
  location.hash = href(path, params);
}

export function onRouteChange(listener: (route: Route) => void): void {
  window.addEventListener('hashchange', () => listener(currentRoute()));
}
