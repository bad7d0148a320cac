import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../domain/types';
import * as actions from '../../store/actions';
import { NumberField, Section, TextField } from '../../ui/fields';
import { MapPractice } from './MapPractice';
import { PersonaPicker } from './PersonaPicker';
import { useNumberMessages } from './useNumberMessages';

export function MapInspector({ doc }: { doc: JourneyMap }) {
  const { t } = useTranslation();
  const messages = useNumberMessages();
  const p = doc.persona;
  return (
    <>
      <Section title={t('inspector.persona')}>
        <PersonaPicker doc={doc} />
        <TextField label={t('inspector.personaName')} value={p.name} onCommit={(name) => actions.updateMapInfo({ persona: { name } })} />
        <TextField label={t('inspector.personaRole')} value={p.role} onCommit={(role) => actions.updateMapInfo({ persona: { role } })} />
        <TextField label={t('inspector.personaGoals')} value={p.goals} multiline onCommit={(goals) => actions.updateMapInfo({ persona: { goals } })} />
        <TextField label={t('personas.frustrations')} value={p.frustrations} multiline onCommit={(frustrations) => actions.updateMapInfo({ persona: { frustrations } })} />
        <TextField label={t('inspector.personaQuote')} value={p.quote} multiline onCommit={(quote) => actions.updateMapInfo({ persona: { quote } })} />
      </Section>
      <Section title={t('inspector.map')}>
        <TextField label={t('inspector.scenario')} value={doc.scenario} multiline onCommit={(scenario) => actions.updateMapInfo({ scenario })} />
        <TextField label={t('inspector.expectations')} value={doc.expectations} multiline onCommit={(expectations) => actions.updateMapInfo({ expectations })} />
        <NumberField
          label={t('inspector.toleranceFloor')}
          value={doc.toleranceFloor}
          min={-3}
          max={3}
          step={0.5}
          allowEmpty={false}
          help={t('inspector.toleranceHelp')}
          messages={messages}
          onCommit={(v) => v !== null && actions.updateMapInfo({ toleranceFloor: v })}
        />
      </Section>
      <MapPractice doc={doc} />
    </>
  );
}
