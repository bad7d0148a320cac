import { useTranslation } from 'react-i18next';
import { BACKLOG_STATUSES, type BacklogItem, type BacklogStatus, type JourneyMap } from '../../domain/types';
import * as actions from '../../store/actions';
import { NumberField, SelectField, TextField } from '../../ui/fields';
import { useNumberMessages } from '../inspector/useNumberMessages';

/** Every item with its fields, editable in place. */
export function BacklogList({ doc }: { doc: JourneyMap }) {
  return (
    <ol className="backlog-list">
      {(doc.backlog ?? []).map((item) => (
        <BacklogRow key={item.id} doc={doc} item={item} />
      ))}
    </ol>
  );
}

function BacklogRow({ doc, item }: { doc: JourneyMap; item: BacklogItem }) {
  const { t } = useTranslation();
  const messages = useNumberMessages();
  const steps = doc.stages.flatMap((s) => s.steps.map((st) => ({ value: st.id, label: `${s.title} / ${st.title}` })));
  const update = (patch: Parameters<typeof actions.updateBacklogItem>[1]) => actions.updateBacklogItem(item.id, patch);
  return (
    <li className={`backlog-item backlog-item--${item.status}`} data-backlog-item={item.id}>
      <TextField label={t('backlog.itemTitle')} value={item.title} multiline onCommit={(title) => update({ title })} />
      <div className="backlog-item__grid">
        <SelectField<string> label={t('backlog.step')} value={item.stepId} none={t('backlog.noStep')} options={steps} onChange={(stepId) => update({ stepId })} />
        <SelectField<BacklogStatus>
          label={t('backlog.status')}
          value={item.status}
          options={BACKLOG_STATUSES.map((s) => ({ value: s, label: t(`backlog.statuses.${s}`) }))}
          onChange={(status) => status && update({ status })}
        />
        <TextField label={t('backlog.department')} value={item.department} onCommit={(department) => update({ department })} />
        <TextField label={t('backlog.owner')} value={item.owner} onCommit={(owner) => update({ owner })} />
        <DueField value={item.due} label={t('backlog.due')} onCommit={(due) => update({ due })} />
        <NumberField label={t('backlog.impact')} value={item.impact} min={1} max={5} messages={messages} onCommit={(v) => v !== null && update({ impact: v })} />
        <NumberField label={t('backlog.effort')} value={item.effort} min={1} max={5} messages={messages} onCommit={(v) => v !== null && update({ effort: v })} />
      </div>
      <button type="button" className="danger small" onClick={() => actions.deleteBacklogItem(item.id)}>
        {t('backlog.delete', { title: item.title.length > 30 ? `${item.title.slice(0, 30)}…` : item.title })}
      </button>
    </li>
  );
}

function DueField({ value, label, onCommit }: { value: string; label: string; onCommit: (v: string) => void }) {
  return (
    <div className="field">
      <label>
        {label}
        <input type="date" value={value} onChange={(e) => onCommit(e.target.value)} />
      </label>
    </div>
  );
}
