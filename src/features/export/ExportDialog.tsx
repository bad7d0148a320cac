import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paper } from '../../domain/formats/pdf';
import { stageSteps } from '../../domain/slice';
import type { JourneyMap } from '../../domain/types';
import { db, markExported } from '../../db';
import { Dialog } from '../../ui/Dialog';
import { downloadFile } from '../../ui/download';
import { useAnalysis } from '../analysis/useAnalysis';
import { measureText } from '../board/measure';
import { deckSlides } from '../present/deck';
import { useSlideText } from '../present/useSlideText';
import { imageHrefs } from '../images/hrefs';
import { IncludeComments } from '../comments/IncludeComments';
import { runExport, type ExportFormat, type ExportRequest, type ExportResult } from './exporters';

/** The deck, as the presentation shows it: PDF (16:9, a slide a page) or PowerPoint. */
type SlideFormat = 'slides-pdf' | 'pptx';
const SLIDE_FORMATS: readonly SlideFormat[] = ['slides-pdf', 'pptx'];
const FORMATS: (ExportFormat | SlideFormat)[] = ['png', 'svg', 'pdf', ...SLIDE_FORMATS, 'json', 'csv', 'mermaid'];
const isSlides = (f: string): f is SlideFormat => (SLIDE_FORMATS as readonly string[]).includes(f);
const IMAGE: ReadonlySet<string> = new Set(['png', 'svg', 'pdf']);

function Radios<T extends string | number>(props: { legend: string; name: string; value: T; options: readonly { value: T; label: string }[]; onChange: (v: T) => void }) {
  return (
    <fieldset className="radio-group">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={String(o.value)}>
          <input type="radio" name={props.name} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Export: images rendered from the model (never a DOM snapshot), and data files. */
export function ExportDialog({ doc, onClose }: { doc: JourneyMap; onClose: () => void }) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<ExportFormat | SlideFormat>('png');
  const analysis = useAnalysis();
  const slideText = useSlideText(doc, analysis);
  const [scale, setScale] = useState<1 | 2 | 3>(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [paper, setPaper] = useState<Paper>('a4');
  const [someStages, setSomeStages] = useState(false);
  const [withComments, setWithComments] = useState(false);
  const [stages, setStages] = useState<Set<string>>(() => new Set(doc.stages.map((s) => s.id)));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);

  const describe = (r: ExportResult): string => {
    const parts: string[] = [
      r.pages !== undefined
        ? t('export.donePdf', { name: r.name, count: r.pages })
        : r.width && format === 'png'
          ? t('export.doneImage', { name: r.name, width: r.width, height: r.height ?? 0 })
          : t('export.done', { name: r.name }),
    ];
    if (r.reducedFrom && format === 'png') {
      const key = r.reducedBy === 'pixels' ? 'export.reduced' : r.reducedBy === 'side' ? 'export.reducedSide' : 'export.reducedMemory';
      parts.push(t(key, { wanted: r.reducedFrom, scale: (r.scale ?? 1).toFixed(2) }));
    }
    if (r.reducedFrom && format === 'pdf') parts.push(t('export.reducedPdf'));
    return parts.join(' ');
  };

  const runSlides = async (f: SlideFormat) => {
    setBusy(true);
    setMessage({ text: t('export.working'), tone: 'info' });
    try {
      const { exportSlidesPdf, exportSlidesPptx } = await import('./slides');
      const images = await imageHrefs(doc);
      const slides = deckSlides(doc, analysis, slideText, measureText, images, t('images.missing'));
      const result = await (f === 'pptx' ? exportSlidesPptx(doc, slides, images) : exportSlidesPdf(doc, slides));
      downloadFile(result.name, result.blob, result.blob.type);
      void markExported(db, doc.id, f).catch(() => {}); // only the library's "last exported" hint
      setMessage({ text: t('export.donePdf', { name: result.name, count: result.pages ?? 0 }), tone: 'info' });
    } catch (e) {
      setMessage({ text: t('export.failed', { error: e instanceof Error ? e.message : String(e) }), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const run = async () => {
    if (isSlides(format)) return runSlides(format);
    if (IMAGE.has(format) && someStages && stages.size === 0) return setMessage({ text: t('export.noStages'), tone: 'error' });
    const req: ExportRequest = { format, scale, background: format === 'pdf' ? 'white' : background, paper, stepIds: IMAGE.has(format) && someStages ? stageSteps(doc, stages) : null, comments: IMAGE.has(format) && withComments };
    setBusy(true);
    setMessage({ text: t('export.working'), tone: 'info' });
    try {
      const result = await runExport(doc, req, t);
      downloadFile(result.name, result.blob, result.blob.type);
      void markExported(db, doc.id, format).catch(() => {}); // only the library's "last exported" hint
      setMessage({ text: describe(result), tone: 'info' });
    } catch (e) {
      setMessage({ text: t('export.failed', { error: e instanceof Error ? e.message : String(e) }), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('export.title')} onClose={onClose} className="export-dialog">
      <div className="dialog__body">
        <Radios legend={t('export.format')} name="format" value={format} options={FORMATS.map((f) => ({ value: f, label: isSlides(f) ? t(f === 'pptx' ? 'slides.pptx' : 'slides.pdf') : t(`export.${f}`) }))} onChange={setFormat} />
        {format === 'png' && (
          <>
            <Radios legend={t('export.scale')} name="scale" value={scale} options={([1, 2, 3] as const).map((s) => ({ value: s, label: `${s}×` }))} onChange={setScale} />
            <Radios legend={t('export.background')} name="bg" value={background} options={(['white', 'transparent'] as const).map((b) => ({ value: b, label: t(`export.${b}`) }))} onChange={setBackground} />
          </>
        )}
        {format === 'svg' && (
          <Radios legend={t('export.background')} name="bg" value={background} options={(['white', 'transparent'] as const).map((b) => ({ value: b, label: t(`export.${b}`) }))} onChange={setBackground} />
        )}
        {format === 'pdf' && (
          <Radios legend={t('export.paper')} name="paper" value={paper} options={(['a4', 'a3', 'fit'] as const).map((p) => ({ value: p, label: t(`export.${p}`) }))} onChange={setPaper} />
        )}
        {IMAGE.has(format) && (
          <>
            <Radios
              legend={t('export.scope')}
              name="scope"
              value={someStages ? 'some' : 'all'}
              options={[
                { value: 'all', label: t('export.wholeMap') },
                { value: 'some', label: t('export.someStages') },
              ]}
              onChange={(v) => setSomeStages(v === 'some')}
            />
            <IncludeComments checked={withComments} onChange={setWithComments} />
            {someStages && (
              <fieldset className="radio-group">
                <legend>{t('export.stages')}</legend>
                {doc.stages.map((s) => (
                  <label key={s.id}>
                    <input
                      type="checkbox"
                      checked={stages.has(s.id)}
                      onChange={(e) => {
                        const next = new Set(stages);
                        if (e.target.checked) next.add(s.id);
                        else next.delete(s.id);
                        setStages(next);
                      }}
                    />
                    {s.title}
                  </label>
                ))}
              </fieldset>
            )}
          </>
        )}
      </div>
      <p className={`dialog__message${message?.tone === 'error' ? ' dialog__message--error' : ''}`} role="status">
        {message?.text}
      </p>
      <div className="dialog__actions">
        <button type="button" onClick={onClose}>
          {t('export.close')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
          {t('export.download')}
        </button>
      </div>
    </Dialog>
  );
}
