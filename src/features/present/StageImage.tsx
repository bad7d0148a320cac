import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stageSteps } from '../../domain/slice';
import type { JourneyMap } from '../../domain/types';
import { mapSvg } from '../export/exporters';

/** One stage, drawn by the exporter's SVG (crisp at any projector size, the same as the board). */
export function StageImage({ map, stageId }: { map: JourneyMap; stageId: string }) {
  const { t } = useTranslation();
  const svg = useMemo(() => mapSvg(map, { background: 'white', stepIds: stageSteps(map, new Set([stageId])) }, t, false).svg, [map, stageId, t]);
  const [url, setUrl] = useState('');
  useEffect(() => {
    const u = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [svg]);
  return url ? <img className="slide__image" src={url} alt={t('present.stageImage', { stage: map.stages.find((s) => s.id === stageId)?.title ?? '' })} /> : null;
}
