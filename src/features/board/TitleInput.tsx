import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as actions from '../../store/actions';
import { useDocStore } from '../../store/docStore';
import { useCanEdit } from '../../store/roomState';
import { isComposing } from '../../ui/keys';

/** The map title: commits on Enter or leaving the field; an empty title is refused. */
export function TitleInput() {
  const { t } = useTranslation();
  const title = useDocStore((s) => s.doc?.title ?? '');
  const [draft, setDraft] = useState(title);
  const canEdit = useCanEdit();
  useEffect(() => setDraft(title), [title]);
  const commit = () => {
    if (!draft.trim()) setDraft(title);
    else if (draft !== title) actions.setTitle(draft);
  };
  return (
    <input
      className="title-input"
      type="text"
      aria-label={t('toolbar.mapTitle')}
      value={draft}
      maxLength={500}
      readOnly={!canEdit}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (isComposing(e)) return;
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(title);
      }}
    />
  );
}
