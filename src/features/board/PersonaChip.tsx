import { useTranslation } from 'react-i18next';
import { useDocStore } from '../../store/docStore';
import { select, useUiStore } from '../../store/uiStore';
import { Avatar } from '../../ui/Avatar';

/** The map's persona in the board header; a click shows it in the inspector. */
export function PersonaChip() {
  const { t } = useTranslation();
  const persona = useDocStore((s) => s.doc?.persona);
  if (!persona?.name) return null;
  return (
    <button
      type="button"
      className="persona-chip"
      aria-label={t('personas.chip', { name: persona.name, role: persona.role })}
      onClick={() => {
        useUiStore.setState({ inspectorOpen: true });
        select({ kind: 'map' });
      }}
    >
      <Avatar name={persona.name} color={persona.color} size={26} />
      <span className="persona-chip__name">{persona.name}</span>
      {persona.role && <span className="persona-chip__role">{persona.role}</span>}
    </button>
  );
}
