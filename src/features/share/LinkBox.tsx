import { Copy, Maximize2, X } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { QrCode } from './QrCode';
import { useShareT } from './i18n';

/**
 * One join link: the address to copy (with "Copied" feedback), its QR code, and the QR code
 * full screen for the projector (Escape or the button closes it).
 */
export function LinkBox({ label, hint, link, fullScreen, onFullScreen }: { label: string; hint: string; link: string; fullScreen: boolean; onFullScreen: (on: boolean) => void }) {
  const t = useShareT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => setCopied(null), [link]);
  useEffect(() => {
    if (copied !== 'copied') return;
    const timer = setTimeout(() => setCopied(null), 2500);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      input.current?.select();
      setCopied('failed');
    }
  };
  const qrLabel = t('share.qr', { link: label });
  return (
    <section className="link-box" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-link`} className="link-box__label">
        {label}
      </label>
      <p className="muted small">{hint}</p>
      <div className="link-box__row">
        <input ref={input} id={`${id}-link`} className="link-box__link" value={link} readOnly onFocus={(e) => e.target.select()} data-link={link} />
        <button type="button" onClick={() => void copy()}>
          <Copy size={16} aria-hidden="true" /> {copied === 'copied' ? t('share.copied') : t('share.copy')}
        </button>
      </div>
      <p className="link-box__status small" role="status">
        {copied === 'copied' ? t('share.copied') : copied === 'failed' ? t('share.copyFailed') : ''}
      </p>
      <div className="link-box__qr">
        <QrCode text={link} label={qrLabel} className="qr" />
        <button type="button" onClick={() => onFullScreen(true)}>
          <Maximize2 size={16} aria-hidden="true" /> {t('share.qrFull')}
        </button>
      </div>
      {fullScreen && (
        <div className="qr-full" role="group" aria-label={qrLabel}>
          <QrCode text={link} label={qrLabel} className="qr-full__code" />
          <p className="qr-full__link">{link}</p>
          <button type="button" className="qr-full__close" autoFocus onClick={() => onFullScreen(false)}>
            <X size={18} aria-hidden="true" /> {t('share.qrClose')}
          </button>
        </div>
      )}
    </section>
  );
}
