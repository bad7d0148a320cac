import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db, deletePersona, listPersonas, savePersona } from '../../db';
import { notify } from '../../store/uiStore';
import { writeErrorMessage } from '../../ui/writeError';
import { AVATAR_COLORS } from '../../domain/persona';
import { EMPTY_PERSONA, type LibraryPersona } from '../../domain/types';
import { newId } from '../../store/ids';
import { Avatar } from '../../ui/Avatar';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/fields';

/** The persona library: people shared across maps (a map keeps its own copy once picked). */
export function PersonaLibrary() {
  const { t } = useTranslation();
  const personas = useLiveQuery(() => listPersonas(db), []);
  const [editing, setEditing] = useState<LibraryPersona | null>(null);
  return (
    <section className="personas" aria-labelledby="personas-heading">
      <div className="personas__head">
        <h2 id="personas-heading">{t('personas.heading')}</h2>
        <button type="button" aria-haspopup="dialog" onClick={() => setEditing({ ...EMPTY_PERSONA, id: newId(), updatedAt: Date.now() })}>
          {t('personas.new')}
        </button>
      </div>
      {personas?.length === 0 && <p className="muted">{t('personas.empty')}</p>}
      <ul className="persona-list">
        {personas?.map((p) => (
          <li key={p.id} className="persona-card">
            <Avatar name={p.name} color={p.color} size={40} />
            <div>
              <strong>{p.name}</strong>
              {p.role && <span className="muted"> · {p.role}</span>}
              {p.quote && <p className="persona-card__quote">“{p.quote}”</p>}
            </div>
            <div className="row-actions" role="group" aria-label={t('personas.actionsFor', { name: p.name })}>
              <button type="button" onClick={() => setEditing(p)}>
                {t('personas.edit')}
              </button>
              <button type="button" className="danger" onClick={() => void deletePersona(db, p.id).catch((e: unknown) => notify(writeErrorMessage(e, t), 'error'))}>
                {t('library.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {editing && <PersonaEditor persona={editing} onClose={() => setEditing(null)} />}
    </section>
  );
}

function PersonaEditor({ persona, onClose }: { persona: LibraryPersona; onClose: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(persona);
  const set = (patch: Partial<LibraryPersona>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <Dialog title={persona.name ? t('personas.editTitle', { name: persona.name }) : t('personas.new')} onClose={onClose}>
      <div className="dialog__body">
        <TextField label={t('inspector.personaName')} value={draft.name} onCommit={(name) => set({ name })} />
        <TextField label={t('inspector.personaRole')} value={draft.role} onCommit={(role) => set({ role })} />
        <TextField label={t('inspector.personaGoals')} value={draft.goals} multiline onCommit={(goals) => set({ goals })} />
        <TextField label={t('personas.frustrations')} value={draft.frustrations} multiline onCommit={(frustrations) => set({ frustrations })} />
        <TextField label={t('inspector.personaQuote')} value={draft.quote} multiline onCommit={(quote) => set({ quote })} />
        <fieldset className="swatches">
          <legend>{t('personas.color')}</legend>
          {AVATAR_COLORS.map((c, i) => (
            <label key={c} className="swatch" style={{ background: c }}>
              <input type="radio" name="persona-color" checked={draft.color === c} aria-label={t('personas.colorN', { n: i + 1 })} onChange={() => set({ color: c })} />
            </label>
          ))}
        </fieldset>
      </div>
      <div className="dialog__actions">
        <button type="button" onClick={onClose}>
          {t('export.close')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!draft.name.trim()}
          onClick={() => {
            savePersona(db, { ...draft, name: draft.name.trim(), updatedAt: Date.now() }).then(onClose, (e: unknown) => notify(writeErrorMessage(e, t), 'error'));
          }}
        >
          {t('personas.save')}
        </button>
      </div>
    </Dialog>
  );
}
