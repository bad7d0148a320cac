import { create } from 'qrcode';
import { memo, useMemo } from 'react';

/** Modules of quiet zone around the code, as the QR standard asks, so phones find its edges. */
const QUIET = 4;

/**
 * A QR code as an SVG drawn by React (no markup injected, nothing for the CSP to refuse). It
 * scales to any size without blurring: on a projector it is as sharp as on the laptop.
 */
function QrCodeComponent({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
    }
    return { size: modules.size + QUIET * 2, path: d };
  }, [text]);
  return (
    <svg className={className} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges" data-qr={text}>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

export const QrCode = memo(QrCodeComponent);
