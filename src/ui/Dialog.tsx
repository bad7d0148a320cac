import { useEffect, useRef, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

/** A native modal dialog: focus is trapped, Escape closes, the page behind is inert. */
export function Dialog({ title, onClose, children, className }: { title: string; onClose: () => void; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog ref={ref} className={`dialog ${className ?? ''}`} aria-labelledby="dialog-title" onCancel={(e) => (e.preventDefault(), onClose())}>
      <h2 id="dialog-title">{title}</h2>
      <ErrorBoundary screen="dialog" onBack={onClose}>
        {children}
      </ErrorBoundary>
    </dialog>
  );
}
