import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emotionFromY } from '../../../domain/layout';
import { EMOTION_MAX, EMOTION_MIN } from '../../../domain/types';
import * as actions from '../../../store/actions';
import { select } from '../../../store/uiStore';
import { isComposing } from '../../../ui/keys';
import type { TextSpot } from '../../../domain/curve';
import type { EmotionPointData } from '../buildNodes';

interface Props {
  point: EmotionPointData;
  /** y of the point, or of the zero line when the step has no score. */
  y: number;
  height: number;
  belowFloor: boolean;
  /** Where the value goes, relative to the point (off the curve: domain/curve.ts). */
  label?: TextSpot;
  onPreview: (stepId: string, value: number | null) => void;
}

/** "+2", "0", "−1" (a true minus sign, which reads better than a hyphen on a projector). */
export function formatScore(value: number | null): string {
  if (value === null) return '';
  return value > 0 ? `+${value}` : value < 0 ? `\u2212${-value}` : '0';
}

const clamp = (v: number) => Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, v));

/**
 * One step's emotion: a slider (−3…+3) moved with the arrow keys or dragged up and down. A drag
 * previews locally and commits once at the end, so it is one undo step.
 */
export function EmotionSlider({ point, y, height, belowFloor, label, onPreview }: Props) {
  const { t } = useTranslation();
  const dragging = useRef<number | null>(null);
  const { value, stepId } = point;

  const valueAt = (e: PointerEvent<HTMLDivElement>) => {
    const lane = e.currentTarget.parentElement!.getBoundingClientRect();
    const zoom = lane.height / height;
    return clamp(Math.round(emotionFromY((e.clientY - lane.top) / zoom, 0, height)));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (isComposing(e)) return;
    const base = value ?? 0;
    const next: Record<string, number | null> = {
      ArrowUp: clamp(base + 1),
      ArrowRight: clamp(base + 1),
      ArrowDown: clamp(base - 1),
      ArrowLeft: clamp(base - 1),
      PageUp: EMOTION_MAX,
      PageDown: EMOTION_MIN,
      Home: EMOTION_MIN,
      End: EMOTION_MAX,
      Delete: null,
      Backspace: null,
    };
    if (!(e.key in next) || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    e.stopPropagation();
    actions.setEmotion(stepId, next[e.key]!);
  };

  return (
    <div
      className={`emotion-point nodrag nopan${value === null ? ' emotion-point--unset' : ''}${belowFloor ? ' emotion-point--low' : ''}`}
      style={{ left: point.x, top: y }}
      role="slider"
      tabIndex={0}
      aria-label={t('board.emotion', { step: point.stepTitle })}
      aria-valuemin={EMOTION_MIN}
      aria-valuemax={EMOTION_MAX}
      aria-valuenow={value ?? undefined}
      aria-valuetext={value === null ? t('board.emotionUnset') : value > 0 ? `+${value}` : String(value)}
      aria-orientation="vertical"
      data-slider={stepId}
      onKeyDown={onKeyDown}
      onFocus={() => select({ kind: 'step', id: stepId })}
      onPointerDown={(e) => {
        e.stopPropagation();
        e.currentTarget.setPointerCapture(e.pointerId);
        e.currentTarget.focus({ preventScroll: true });
        dragging.current = valueAt(e);
        onPreview(stepId, dragging.current);
      }}
      onPointerMove={(e) => {
        if (dragging.current === null) return;
        const v = valueAt(e);
        if (v !== dragging.current) {
          dragging.current = v;
          onPreview(stepId, v);
        }
      }}
      onPointerUp={() => {
        if (dragging.current === null) return;
        const v = dragging.current;
        dragging.current = null;
        onPreview(stepId, null);
        actions.setEmotion(stepId, v);
      }}
      onPointerCancel={() => {
        dragging.current = null;
        onPreview(stepId, null);
      }}
    >
      <span
        className="emotion-point__value"
        aria-hidden="true"
        // The span is placed from the inside of the 22 px point (its border is 3 px): origin at −8, −8.
        style={label ? { left: label.x + 8, top: label.y - 14 + 8, transform: label.anchor === 'end' ? 'translateX(-100%)' : label.anchor === 'middle' ? 'translateX(-50%)' : undefined } : undefined}
      >
        {formatScore(value)}
      </span>
    </div>
  );
}
