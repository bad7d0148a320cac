import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../store/uiStore';

/** Dropping a file anywhere on the window imports it as a new map. */
export function useFileDrop(onImported: (id: string) => void): boolean {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    // A board cell or card that takes the file (an image) prevents the default first: not ours.
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e) || e.defaultPrevented) return setOver(false);
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!e.relatedTarget) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e) || e.defaultPrevented) return setOver(false);
      e.preventDefault();
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      // The importers (every file format, the validate boundary) load on the first drop.
      void import('./importFile').then(async ({ importFile, importedMessage }) => {
        const r = await importFile(file, t);
        if (!r.ok) return notify(r.message, 'error');
        notify(importedMessage(r, t));
        onImported(r.map.id);
      });
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onImported, t]);
  return over;
}
