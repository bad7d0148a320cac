import { useEffect, useState } from 'react';

/** A small picture of a map; decorative (the title beside it names the map). */
export function Thumbnail({ load, className = '' }: { load: () => Promise<string | null>; className?: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((u) => live && setUrl(u));
    return () => {
      live = false;
    };
  }, [load]);
  return (
    <span className={`thumb ${className}`} aria-hidden="true" data-ready={url ? 'true' : 'false'}>
      {url && <img src={url} alt="" draggable={false} />}
    </span>
  );
}
