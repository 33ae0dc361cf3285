import { figureText } from '../../components/target/target-figures'
import type { SourceQuote, TargetDefinition } from '../../domain/target'
import { formatTargetValue, SOURCE_LABELS } from '../../lib/target-text'
import { DETAIL_TEXT } from './detail-text'

function Quote({ source }: { source: SourceQuote }) {
  return (
    <figure>
      <blockquote className="border-slate-300 border-l-2 pl-2 text-slate-800">“{source.quote}”</blockquote>
      <figcaption className="mt-0.5 pl-2.5 text-slate-500 text-xs">——{SOURCE_LABELS[source.doc]}</figcaption>
    </figure>
  )
}

/** Where the target and its baselines come from, each with the sentence as printed. */
export function SourceList({ target }: { target: TargetDefinition }) {
  return (
    <section aria-label={DETAIL_TEXT.sources} className="flex flex-col gap-3 text-sm">
      <h2 className="font-bold">{DETAIL_TEXT.sources}</h2>
      {target.sources.map((s) => (
        <Quote key={`${s.doc}:${s.quote}`} source={s} />
      ))}
      {target.baseline && (
        <div>
          <h3 className="mb-1 font-medium text-slate-600">
            {DETAIL_TEXT.baseline}：{figureText(target, target.baseline)}
          </h3>
          <Quote source={target.baseline.source} />
        </div>
      )}
      {target.altBaselines?.map((f) => (
        <div key={`${f.source.doc}:${f.source.quote}`}>
          <h3 className="mb-1 font-medium text-slate-600">
            {DETAIL_TEXT.altBaseline}：{figureText(target, f)}
          </h3>
          <Quote source={f.source} />
        </div>
      ))}
      {target.province && (
        <div>
          <h3 className="mb-1 font-medium text-slate-600">
            {DETAIL_TEXT.province}：{formatTargetValue({ ...target.province, kind: target.kind })}
          </h3>
          <Quote source={target.province.source} />
        </div>
      )}
      {target.note && (
        <p className="rounded-md bg-slate-50 p-2 text-slate-700">
          {DETAIL_TEXT.note}：{target.note}
        </p>
      )}
      {/* Where 序时进度 or the seasonal path is not straight, say why: the basis of a verdict is never hidden. */}
      {[target.pacing?.mode === 'seasonal' ? target.pacing.note : undefined, target.seasonalPath?.note].filter(Boolean).map((why) => (
        <p key={why} className="rounded-md bg-slate-50 p-2 text-slate-700">
          {DETAIL_TEXT.seasonalNote}：{why}
        </p>
      ))}
    </section>
  )
}
