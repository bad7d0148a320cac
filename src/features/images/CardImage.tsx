import { ImageOff } from 'lucide-react';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cardHasImage } from '../../domain/layout';
import type { LaneType } from '../../domain/lanes';
import type { Card } from '../../domain/types';
import { acquireImageUrl } from './imageUrls';
import './images.css';

/**
 * The photo across the top of an image card (object-fit: cover, the card's rounded corners), or,
 * when this browser does not have its bytes (a map shared from another device), a placeholder
 * that says so. The object URL lives while the card is mounted, i.e. while it is in view.
 */
function CardImageComponent({ card, laneType }: { card: Card; laneType: LaneType }) {
  const { t } = useTranslation();
  const hash = cardHasImage(card, laneType) ? card.image! : null;
  const [state, setState] = useState<{ hash: string; url: string | null } | null>(null);
  useEffect(() => {
    if (!hash) return;
    let live = true;
    const image = acquireImageUrl(hash);
    void image.url.then((url) => live && setState({ hash, url }));
    return () => {
      live = false;
      image.release();
    };
  }, [hash]);
  if (!hash) return null;
  const shown = state?.hash === hash ? state : null;
  if (shown && !shown.url) {
    return (
      <div className="card__image card__image--missing" role="img" aria-label={t('images.missing')} data-image={hash} data-image-state="missing">
        <ImageOff size={20} aria-hidden="true" />
        <span>{t('images.missing')}</span>
      </div>
    );
  }
  return (
    <div className="card__image" data-image={hash} data-image-state={shown ? 'ready' : 'loading'}>
      {shown?.url && <img src={shown.url} alt={card.imageAlt ?? ''} draggable={false} decoding="async" />}
    </div>
  );
}

export const CardImage = memo(CardImageComponent);
