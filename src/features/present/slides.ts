import type { Analysis } from '../../domain/analysis';
import type { JourneyMap } from '../../domain/types';

/** The deck: the map and persona, each stage, the peak, the end, and how it will be remembered. */
export type Slide =
  | { kind: 'cover' }
  | { kind: 'stage'; stageId: string; index: number }
  | { kind: 'moment'; moment: 'peak' | 'end'; stepId: string; value: number }
  | { kind: 'summary' };

export function buildSlides(map: JourneyMap, analysis: Analysis): Slide[] {
  const slides: Slide[] = [{ kind: 'cover' }];
  map.stages.forEach((s, index) => slides.push({ kind: 'stage', stageId: s.id, index }));
  if (analysis.peak) slides.push({ kind: 'moment', moment: 'peak', stepId: analysis.peak.stepId, value: analysis.peak.value });
  if (analysis.end && analysis.end.stepId !== analysis.peak?.stepId) slides.push({ kind: 'moment', moment: 'end', stepId: analysis.end.stepId, value: analysis.end.value });
  if (analysis.scored > 0) slides.push({ kind: 'summary' });
  return slides;
}
