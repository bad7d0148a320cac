import { useTranslation } from 'react-i18next';
import type { Card } from '../../domain/types';
import * as actions from '../../store/actions';
import { TextField } from '../../ui/fields';
import { pickImages } from './imageActions';

/** The card inspector's image control: add or replace the photo, its alt text, remove it. */
export function ImageField({ card }: { card: Card }) {
  const { t } = useTranslation();
  return (
    <div className="image-field">
      {card.image && <TextField label={t('images.alt')} value={card.imageAlt ?? ''} onCommit={(imageAlt) => actions.updateCard(card.id, { imageAlt: imageAlt.trim() })} />}
      <div className="button-row">
        <button type="button" onClick={() => pickImages({ kind: 'card', id: card.id })}>
          {card.image ? t('images.replace') : t('images.add')}
        </button>
        {card.image && (
          <button type="button" onClick={() => actions.updateCard(card.id, { image: null, imageAlt: '' })}>
            {t('images.remove')}
          </button>
        )}
      </div>
    </div>
  );
}
