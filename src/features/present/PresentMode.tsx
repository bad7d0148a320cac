import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANES } from '../../domain/lanes';
import { findStep } from '../../domain/query';
import type { JourneyMap } from '../../domain/types';
import { Avatar } from '../../ui/Avatar';
import { isComposing } from '../../ui/keys';
import { useFindingText } from '../analysis/Findings';
import { useScoreFormat } from '../analysis/format';
import { useAnalysis } from '../analysis/useAnalysis';
import { buildSlides, type Slide } from './slides';
import { StageImage } from './StageImage';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/** Presentation mode: full screen, slide by slide; Escape returns to the board as it was. */
export function PresentMode({ doc, onExit }: { doc: JourneyMap; onExit: () => void }) {
  const { t } = useTranslation();
  const analysis = useAnalysis();
  const slides = useMemo(() => buildSlides(doc, analysis), [doc, analysis]);
  const [index, setIndex] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const slide = slides[Math.min(index, slides.length - 1)]!;

  useEffect(() => {
    const el = root.current;
    el?.focus();
    el?.requestFullscreen?.().catch(() => {}); // an overlay is enough where full screen is refused
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, []);

  useEffect(() => {
    // Leaving full screen with the browser's own Escape ends the presentation too.
    const onChange = () => !document.fullscreenElement && document.activeElement === root.current && onExit();
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [onExit]);

  const go = (i: number) => setIndex(Math.max(0, Math.min(slides.length - 1, i)));
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (isComposing(e)) return;
    if (e.key === 'Escape') onExit();
    else if (NEXT.has(e.key)) go(index + 1);
    else if (PREV.has(e.key)) go(index - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(slides.length - 1);
    else return;
    e.preventDefault();
  };

  return (
    <div ref={root} className="present" role="dialog" aria-modal="true" aria-label={t('present.region')} tabIndex={-1} onKeyDown={onKeyDown}>
      <div className="present__slide" aria-live="polite">
        <SlideView doc={doc} slide={slide} />
      </div>
      <footer className="present__bar">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          ← {t('present.prev')}
        </button>
        <span className="present__count">{t('present.slideOf', { n: index + 1, total: slides.length })}</span>
        <button type="button" onClick={() => go(index + 1)} disabled={index === slides.length - 1}>
          {t('present.next')} →
        </button>
        <button type="button" onClick={onExit}>
          {t('present.exit')}
        </button>
      </footer>
    </div>
  );
}

function SlideView({ doc, slide }: { doc: JourneyMap; slide: Slide }) {
  const { t } = useTranslation();
  const analysis = useAnalysis();
  const score = useScoreFormat();
  const findingText = useFindingText(doc);
  switch (slide.kind) {
    case 'cover': {
      const p = doc.persona;
      return (
        <section className="slide slide--cover">
          <p className="slide__kicker">{t(`kind.${doc.kind}`)}</p>
          <h1>{doc.title}</h1>
          {p.name && (
            <div className="persona">
              <Avatar name={p.name} color={p.color} size={88} />
              <div>
                <p className="persona__name">
                  {p.name}
                  {p.role && <span className="persona__role"> · {p.role}</span>}
                </p>
                {p.goals && <p>{p.goals}</p>}
                {p.quote && <blockquote>“{p.quote}”</blockquote>}
              </div>
            </div>
          )}
          {doc.scenario && <p className="slide__scenario">{doc.scenario}</p>}
        </section>
      );
    }
    case 'stage': {
      const stage = doc.stages[slide.index]!;
      return (
        <section className="slide slide--stage">
          <p className="slide__kicker">{t('present.stageOf', { n: slide.index + 1, total: doc.stages.length })}</p>
          <h1>{stage.title}</h1>
          <StageImage map={doc} stageId={stage.id} />
        </section>
      );
    }
    case 'moment': {
      const found = findStep(doc, slide.stepId);
      const lanes = doc.lanes.filter((l) => LANES[l.type].hasCards);
      const cards = doc.cards.filter((c) => c.stepId === slide.stepId);
      const about = analysis.findings.filter((f) => 'stepId' in f && f.stepId === slide.stepId);
      return (
        <section className={`slide slide--moment slide--${slide.value < 0 ? 'negative' : 'positive'}`}>
          <p className="slide__kicker">{t(`analysis.${slide.moment}`)}</p>
          <h1>
            {found?.step.title} <span className="slide__score">{score(slide.value)}</span>
          </h1>
          <div className="moment-cards">
            {lanes.map((l) => {
              const mine = cards.filter((c) => c.laneId === l.id);
              return mine.length ? (
                <div key={l.id} className="moment-lane" style={{ borderColor: LANES[l.type].color }}>
                  <h2>{l.title}</h2>
                  <ul>
                    {mine.map((c) => (
                      <li key={c.id}>{c.text}</li>
                    ))}
                  </ul>
                </div>
              ) : null;
            })}
          </div>
          <h2>{t('present.fixHere')}</h2>
          {about.length ? (
            <ul className="slide__findings">
              {about.map((f, i) => (
                <li key={i}>{findingText(f)}</li>
              ))}
            </ul>
          ) : (
            <p>{t('present.nothingHere')}</p>
          )}
        </section>
      );
    }
    case 'summary':
      return (
        <section className="slide slide--summary">
          <p className="slide__kicker">{t('present.summary')}</p>
          <div className="big-scores">
            <div>
              <span className="big-scores__label">{t('analysis.remembered')}</span>
              <span className="big-scores__value">{score(analysis.remembered)}</span>
            </div>
            <div>
              <span className="big-scores__label">{t('analysis.average')}</span>
              <span className="big-scores__value">{score(analysis.average)}</span>
            </div>
          </div>
          <p>{t('analysis.rememberedHelp')}</p>
          {analysis.findings.length > 0 && (
            <>
              <h2>{t('analysis.findings')}</h2>
              <ol className="slide__findings">
                {analysis.findings.slice(0, 3).map((f, i) => (
                  <li key={i}>{findingText(f)}</li>
                ))}
              </ol>
            </>
          )}
        </section>
      );
  }
}
