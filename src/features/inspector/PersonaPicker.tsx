import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { db, listPersonas, savePersona } from '../../db';
import type { JourneyMap } from '../../domain/types';
import * as actions from '../../store/actions';
import { newId } from '../../store/ids';
import { notify } from '../../store/uiStore';
import { writeErrorMessage } from '../../ui/writeError';

/** Pick a persona from the library for this map (a copy), or save this map's persona to it. */
export function PersonaPicker({ doc }: { doc: JourneyMap }) {
  const { t } = useTranslation();
  const id = useId();
  const personas = useLiveQuery(() => listPersonas(db), []);
  return (
    <div className="persona-picker">
      <div className="field">
        <label htmlFor={id}>{t('personas.choose')}</label>
        <select
          id={id}
          value=""
          onChange={(e) => {
            const p = personas?.find((x) => x.id === e.target.value);
            if (!p) return;
            const { id: _id, updatedAt: _u, ...persona } = p;
            actions.updateMapInfo({ persona });
          }}
        >
          <option value="">{personas?.length ? t('personas.chooseOne') : t('personas.noneYet')}</option>
          {personas?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.role ? ` · ${p.role}` : ''}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        disabled={!doc.persona.name.trim()}
        onClick={() =>
          void savePersona(db, { ...doc.persona, id: newId(), updatedAt: Date.now() }).then(
            () => notify(t('personas.saved', { name: doc.persona.name })),
            (e: unknown) => notify(writeErrorMessage(e, t)),
          )
        }
      >
        {t('personas.saveToLibrary')}
      </button>
    </div>
  );
}
