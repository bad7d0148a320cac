import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { imageStats } from '../../db/images';
import { freeImages, LIBRARY_GRACE_MS } from './gc';

/** The library's line about stored images (how many, how much space), after freeing unused ones. */
export function ImageStorage() {
  const { t } = useTranslation();
  useEffect(() => void freeImages(LIBRARY_GRACE_MS), []);
  const stats = useLiveQuery(() => imageStats(db), []);
  if (!stats?.count) return null;
  const size = stats.bytes < 1024 ** 2 ? `${Math.max(1, Math.round(stats.bytes / 1024))} KB` : `${(stats.bytes / 1024 ** 2).toFixed(1)} MB`;
  return (
    <p className="storage-state" data-images={stats.count} data-image-bytes={stats.bytes}>
      {t('images.stats', { count: stats.count, size })}
    </p>
  );
}
