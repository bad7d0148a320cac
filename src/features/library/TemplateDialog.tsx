import { useTranslation } from 'react-i18next';
import { buildFromTemplate, pick, type TemplateLanguage } from '../../domain/templates/build';
import { TEMPLATES } from '../../domain/templates/content';
import type { MapKind } from '../../domain/types';
import { newId } from '../../store/ids';
import { Dialog } from '../../ui/Dialog';
import { addMap, createNewMap } from './libraryActions';
import { thumbnailOf } from './thumbnail';
import { Thumbnail } from './Thumbnail';

/** "New from template": the real cases, each complete in the interface language, and the blanks. */
export function TemplateDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = (['en', 'zh-CN', 'zh-TW'].includes(i18n.language) ? i18n.language : 'en') as TemplateLanguage;

  const build = (index: number) => buildFromTemplate(TEMPLATES[index]!, { lang, id: newId(), ids: newId, now: Date.now(), laneTitle: (type) => t(`lanes.${type}`) });
  const fromTemplate = async (index: number) => {
    const map = build(index);
    const id = await addMap(map);
    if (id) onCreated(id);
  };
  const blank = async (kind: MapKind) => {
    const id = await createNewMap(kind);
    if (id) onCreated(id);
  };

  return (
    <Dialog title={t('templates.title')} onClose={onClose} className="template-dialog">
      <ul className="template-list">
        {TEMPLATES.map((tpl, i) => (
          <li key={tpl.id}>
            <button type="button" className="template" onClick={() => void fromTemplate(i)}>
              <Thumbnail className="thumb--template" load={() => thumbnailOf(`template:${tpl.id}@${lang}`, () => build(i), t)} />
              <span className="template__kind">{t(`kind.${tpl.kind}`)}</span>
              <span className="template__title">{pick(tpl.title, lang)}</span>
              <span className="template__desc">{pick(tpl.description, lang)}</span>
            </button>
          </li>
        ))}
        {(['journey', 'blueprint'] as const).map((kind) => (
          <li key={kind}>
            <button type="button" className="template template--blank" onClick={() => void blank(kind)}>
              <span className="template__kind">{t(`kind.${kind}`)}</span>
              <span className="template__title">{t(kind === 'journey' ? 'templates.blankJourney' : 'templates.blankBlueprint')}</span>
              <span className="template__desc">{t(kind === 'journey' ? 'templates.blankJourneyDesc' : 'templates.blankBlueprintDesc')}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" onClick={onClose}>
          {t('export.close')}
        </button>
      </div>
    </Dialog>
  );
}
