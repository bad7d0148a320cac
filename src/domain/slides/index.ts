export { planDeck, type SlideSpec } from './deck';
export { slidePrims, type SlideContext, type SlideText } from './render';
export { primsToSvg, baseline, lineHeightOf, SLIDE_H, SLIDE_W, type Prim } from './prims';
