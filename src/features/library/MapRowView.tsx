import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSummary } from '../../db';
import { isPlausibleDate } from '../../domain/types';
import { TextEditor } from '../../ui/TextEditor';
import * as lib from './libraryActions';
import { storedThumbnail } from './thumbnail';
import { Thumbnail } from './Thumbnail';

interface Props {
  map: MapSummary;
  exportedAt: number | null;
  inTrash: boolean;
  onOpen: (id: string) => void;
}

/** A date for a row; one Date cannot format (a row written before dates were checked) shows as "—". */
function formatDate(language: string, at: number): string {
  if (!isPlausibleDate(at)) return '—';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

export function MapRowView({ map, inTrash, onOpen, exportedAt }: Props) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const when = formatDate(i18n.language, inTrash ? (map.deletedAt ?? map.updatedAt) : map.updatedAt);
  const thumb = useCallback(() => storedThumbnail(map.id, map.updatedAt, t, i18n.language), [map.id, map.updatedAt, t, i18n.language]);
  return (
    <tr>
      <th scope="row">
        <span className="map-title-cell">
        <Thumbnail load={thumb} />
        {renaming ? (
          <TextEditor
            initial={map.title}
            label={t('library.renameLabel', { title: map.title })}
            multiline={false}
            onCommit={(title) => {
              setRenaming(false);
              void lib.rename(map.id, title);
            }}
            onCancel={() => setRenaming(false)}
          />
        ) : inTrash ? (
          map.title
        ) : (
          <a href={`#/map/${encodeURIComponent(map.id)}`} onClick={(e) => (e.preventDefault(), onOpen(map.id))}>
            {map.title}
          </a>
        )}
        </span>
      </th>
      <td>{t(`kind.${map.kind}`)}</td>
      <td>{when}</td>
      <td>{map.cardCount}</td>
      <td>{exportedAt ? formatDate(i18n.language, exportedAt) : t('library.never')}</td>
      <td>
        <div className="row-actions" role="group" aria-label={t('library.actionsFor', { title: map.title })}>
          {inTrash ? (
            <>
              <button type="button" onClick={() => void lib.restore(map.id)}>
                {t('library.restore')}
              </button>
              <button type="button" className="danger" onClick={() => void lib.deleteForever(map.id)}>
                {t('library.deleteForever')}
              </button>
            </>
          ) : (
            <>
              <button type="button" onClick={() => onOpen(map.id)}>
                {t('library.open')}
              </button>
              <button type="button" onClick={() => setRenaming(true)}>
                {t('library.rename')}
              </button>
              <button type="button" onClick={() => void lib.duplicateMap(map.id)}>
                {t('library.duplicate')}
              </button>
              <button type="button" className="danger" onClick={() => void lib.moveToTrash(map.id, map.title, map.cardCount)}>
                {t('library.delete')}
              </button>
            </>
          )}
        </div>
      </td>
    </tr>
  );
}
