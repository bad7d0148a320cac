import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStructureLockedForMe } from './hooks';

const STRUCTURE = new Set(['stage', 'step', 'lane']);

/**
 * Wraps the inspector of a stage, step or lane: while the facilitator has locked the structure,
 * its controls are disabled for everyone else, with the reason above them. (The edit guard in
 * rules.ts refuses such edits whatever control asks; this says so before anyone tries.)
 */
export function StructureLock({ kind, children }: { kind: string; children: ReactNode }) {
  const { t } = useTranslation();
  const locked = useStructureLockedForMe();
  if (!locked || !STRUCTURE.has(kind)) return children;
  return (
    <fieldset className="structure-locked" disabled>
      <p className="structure-locked__note" role="note">
        {t('workshop.lock.refused')}
      </p>
      {children}
    </fieldset>
  );
}
