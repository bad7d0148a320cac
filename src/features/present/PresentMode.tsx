import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../domain/types';
import { isComposing } from '../../ui/keys';
import { useAnalysis } from '../analysis/useAnalysis';
import { FollowingBadge } from '../presence/FollowingBadge';
import { usePresentIndex } from '../presence/usePresentIndex';
import { measureText } from '../board/measure';
import { deckSlides } from './deck';
import { useSlideText } from './useSlideText';
import { useImageHrefs } from '../images/hrefs';
import { useRequestedSlide } from '../workshop/useRequestedSlide';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/**
 * Presentation mode: full screen, slide by slide; Escape returns to the board as it was. Each
 * slide is drawn in a 1280 × 720 frame (domain/slides) and scaled to fill the screen at 16:9, the
 * same drawing the slide exports (PDF, PowerPoint) are made from.
 */
export function PresentMode({ doc, onExit }: { doc: JourneyMap; onExit: () => void }) {
  const { t } = useTranslation();
  const analysis = useAnalysis();
  const text = useSlideText(doc, analysis);
  const images = useImageHrefs(doc);
  const slides = useMemo(() => deckSlides(doc, analysis, text, measureText, images, t('images.missing')), [doc, analysis, text, images, t]);
  const [index, setIndex] = usePresentIndex();
  useRequestedSlide((i) => setIndex(Math.max(0, Math.min(slides.length - 1, i))));
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
        <section className={`slide-frame slide-frame--${slide.spec.kind}`} data-slide={slide.spec.kind}>
          <h1 className="visually-hidden">{slide.title}</h1>
          {/* Our own SVG: every text in it is escaped by the writer (domain/slides/prims.ts). */}
          <div className="slide-frame__art" dangerouslySetInnerHTML={{ __html: slide.svg }} />
        </section>
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
      <FollowingBadge />
    </div>
  );
}
