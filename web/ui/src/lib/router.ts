// A hash router: #/explorer?dx=...&ou=... → route "explorer" with its parameters. Hash routes need
// nothing from the server but index.html, and links stay shareable.

export interface Route {
  path: string[]; // e.g. ["org", "NO-HV"]
  params: URLSearchParams;
}

export function currentRoute(): Route {
  const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  const [pathPart, queryPart = ''] = hash.split('?', 2);
  const path = pathPart.split('/').filter((segment) => segment.length > 0);
  return { path, params: new URLSearchParams(queryPart) };
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
