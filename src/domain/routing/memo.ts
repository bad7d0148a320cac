import type { Layout } from '../layout';
import type { Connection } from '../types';
import { routeConnections, type Route } from './route';

/**
 * Routes for a layout, memoised: the board asks again on every render, the exporters once. A new
 * layout (any edit that moves a card) re-routes everything: routes share corridors and tracks, so
 * one moved card can shift its neighbours' arrows, and routing 1,000 connections costs about a
 * millisecond (bench/routing.ts), less than diffing which ones could have changed.
 */
const memo = new WeakMap<Layout, { connections: readonly Connection[]; labelWidth: (s: string) => number; routes: Route[] }>();

export function routeMap(layout: Layout, connections: readonly Connection[], labelWidth: (text: string) => number): Route[] {
  const hit = memo.get(layout);
  if (hit && hit.connections === connections && hit.labelWidth === labelWidth) return hit.routes;
  const routes = routeConnections(layout, connections, labelWidth);
  memo.set(layout, { connections, labelWidth, routes });
  return routes;
}
