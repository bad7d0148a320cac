import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findingStep, type Analysis } from '../../domain/analysis';
import type { SlideText } from '../../domain/slides';
import type { JourneyMap } from '../../domain/types';
import { useFindingText } from '../analysis/Findings';
import { useScoreFormat } from '../analysis/format';

/** The slides' words in the interface language (the deck itself is drawn by domain/slides). */
export function useSlideText(doc: JourneyMap, analysis: Analysis): SlideText {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const findingText = useFindingText(doc);
  const findings = analysis.findings.map((f) => ({ text: findingText(f), stepId: findingStep(f) }));
  const key = findings.map((f) => f.text).join('\u0000');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- findings change exactly when their text does
  return useMemo(() => slideText(t, score, doc.kind, findings), [t, score, doc.kind, key]);
}

export function slideText(t: TFunction, score: (v: number | null) => string, kind: JourneyMap['kind'], findings: SlideText['findings']): SlideText {
  return {
    kind: t(`kind.${kind}`),
    overview: t('slides.overview'),
    stageOf: (n, total) => t('present.stageOf', { n, total }),
    part: (n, total) => t('slides.part', { n, total }),
    peak: t('analysis.peak'),
    end: t('analysis.end'),
    floor: t('inspector.toleranceFloor'),
    remembered: t('analysis.remembered'),
    average: t('analysis.average'),
    rememberedHelp: t('analysis.rememberedHelp'),
    fixFirst: t('slides.fixFirst'),
    fixHere: t('present.fixHere'),
    nothingHere: t('present.nothingHere'),
    summary: t('present.summary'),
    backlog: t('slides.backlog'),
    status: (s) => t(`backlog.statuses.${s}`),
    score,
    value: (v) => (v > 0 ? `+${v}` : v < 0 ? `\u2212${-v}` : '0'),
    findings,
    lines: { interaction: t('lines.interaction'), visibility: t('lines.visibility'), internal: t('lines.internal') },
    duration: (min) => t('inspector.minutes', { count: min }),
    waitTotal: (min) => t('board.stepWait', { min }),
    marks: { keyMoment: t('insight.chipKeyMoment'), surprise: t('insight.chipSurprise') },
  };
}
