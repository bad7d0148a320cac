export { routeConnections, LABEL_HEIGHT, type Point, type Route, type RouteRequest, type Side } from './route';
export { routePath, segmentHitsRect } from './path';
export { routeMap } from './memo';
