import type { Analysis } from '../../domain/analysis';
import { findStep } from '../../domain/query';
import { planDeck, primsToSvg, slidePrims, type Prim, type SlideSpec, type SlideText } from '../../domain/slides';
import type { JourneyMap } from '../../domain/types';
import type { Measure } from '../../domain/wrap';

export interface DeckSlide {
  spec: SlideSpec;
  title: string;
  prims: Prim[];
  svg: string;
}

/** The deck drawn: what the presentation shows and the slide exports write. */
export function deckSlides(doc: JourneyMap, analysis: Analysis, text: SlideText, measure: Measure, images?: ReadonlyMap<string, string>, imageMissing = ''): DeckSlide[] {
  return planDeck(doc, analysis, measure).map((spec) => {
    const prims = slidePrims(spec, { map: doc, analysis, text, measure });
    const title = slideTitle(doc, spec, text);
    return { spec, title, prims, svg: primsToSvg(prims, title, images, imageMissing) };
  });
}

function slideTitle(doc: JourneyMap, spec: SlideSpec, text: SlideText): string {
  switch (spec.kind) {
    case 'cover':
      return doc.title;
    case 'overview':
      return text.overview;
    case 'stage':
      return doc.stages[spec.index]!.title;
    case 'moment':
      return findStep(doc, spec.stepId)?.step.title ?? '';
    case 'findings':
      return text.fixFirst;
    case 'backlog':
      return text.backlog;
    case 'summary':
      return text.summary;
  }
}
