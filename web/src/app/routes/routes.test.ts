// @vitest-environment node
import { WEB_ROUTE_PATTERNS } from '@skillshift/shared';
import { type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '.';

function patterns(objects: RouteObject[], prefix = ''): string[] {
  return objects.flatMap((route) => {
    const own = route.index ? prefix || '/' : route.path ? `${prefix}/${route.path}`.replace(/\/+/g, '/') : prefix;
    const children = route.children ? patterns(route.children, own === '/' ? '' : own) : [];
    return [...(route.index || (route.path && route.path !== '*') ? [own] : []), ...children];
  });
}

describe('routes', () => {
  it('are the pages the server knows (WEB_ROUTE_PATTERNS), so unknown paths get a real 404', () => {
    expect(patterns(routes).sort()).toEqual([...WEB_ROUTE_PATTERNS].sort());
  });
});
