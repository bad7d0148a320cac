import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The export dialog's "Include comments" option: images leave comments out unless asked. */
export function IncludeComments({ checked, onChange }: { checked: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation();
  const hint = useId();
  return (
    <div className="export-comments">
      <label>
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint} /> {t('comments.include')}
      </label>
      <small id={hint} className="muted">
        {t('comments.includeHint')}
      </small>
    </div>
  );
}
