/**
 * What will be signed, before anything is signed: a readable summary (who, which device, when,
 * result of each check) and the exact Statement JSON main will sign, byte for byte.
 */
import type { ReactElement } from 'react'
import type { AttestationPreview } from '../../../shared/ipc-contract'
import { formatDateTime } from '../../app/format'
import { t } from '../../app/i18n'
import { OverallChip, PracticeChip, PracticesResultChip, StatusChip } from '../../components/StatusChip'
import { DeviceProfileRows } from '../checks/DeviceProfile'

type PreviewPractice = NonNullable<AttestationPreview['practices']>[number]

/** One list of practices in the preview (measured or declared). */
function PracticeLines({
  title,
  items,
}: {
  readonly title: string
  readonly items: readonly PreviewPractice[]
}): ReactElement {
  return (
    <>
      <h4 className="practices__heading">{title}</h4>
      {items.length === 0 ? (
        <p className="muted">{t('export.preview.practices.none')}</p>
      ) : (
        <ul className="preview__checks">
          {items.map((p) => (
            <li key={p.id}>
              <span>
                {p.title}
                {p.level === 'recommended' && (
                  <span className="choice__help">{t('export.preview.practices.recommended')}</span>
                )}
                {p.measured !== undefined && (
                  <span className="choice__help">
                    {t('export.preview.practices.measuredNote', {
                      result: t(`practices.state.${p.measured}`),
                    })}
                  </span>
                )}
              </span>
              <PracticeChip result={p.result} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

/** The preview of an attestation. */
export function PreviewPanel({ preview }: { readonly preview: AttestationPreview }): ReactElement {
  const s = preview.summary
  return (
    <section className="card preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('export.preview.title')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('export.preview.staff')}</dt>
          <dd>{s.staffId}</dd>
        </div>
        <div>
          <dt>{t('export.preview.device')}</dt>
          <dd>{s.deviceLabel}</dd>
        </div>
        <div>
          <dt>{t('export.preview.purpose')}</dt>
          <dd>{t(`purpose.${s.purpose}`)}</dd>
        </div>
        <div>
          <dt>{t('export.preview.collectedAt')}</dt>
          <dd>{formatDateTime(s.collectedAt)}</dd>
        </div>
        <div>
          <dt>{t('export.preview.expiresAt')}</dt>
          <dd>{formatDateTime(s.expiresAt)}</dd>
        </div>
        <div>
          <dt>{t('export.preview.request')}</dt>
          <dd>{s.requestId ?? t('export.preview.noRequest')}</dd>
        </div>
        <div>
          <dt>{t('export.preview.policy')}</dt>
          <dd>{t('export.preview.policyValue', { id: s.policy.id, version: s.policy.version })}</dd>
        </div>
        <div>
          <dt>{t('export.preview.key')}</dt>
          <dd>
            {s.deviceKey === null ? (
              t('export.preview.keyNew')
            ) : (
              <code className="fingerprint">{s.deviceKey.fingerprintGrouped}</code>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('export.preview.result')}</dt>
          <dd>
            <OverallChip overall={s.overall} />
          </dd>
        </div>
        <div>
          <dt>{t('export.preview.file')}</dt>
          <dd>
            <code>{preview.fileName}</code>
          </dd>
        </div>
      </dl>
      <h3 className="check__label">{t('export.preview.checks')}</h3>
      <ul className="preview__checks">
        {s.checks.map((c) => (
          <li key={c.id}>
            <span>{t(`check.${c.id}.name`)}</span>
            <StatusChip status={c.status} />
          </li>
        ))}
      </ul>
      {s.deviceProfile !== undefined && s.deviceProfile !== null && (
        <>
          <h3 className="check__label">{t('export.preview.computer')}</h3>
          <dl className="facts">
            <DeviceProfileRows profile={s.deviceProfile} />
          </dl>
        </>
      )}
      {preview.practices !== undefined && (
        <section aria-labelledby="preview-practices">
          <h3 className="check__label" id="preview-practices">
            {t('export.preview.practices')}
          </h3>
          <p className="muted">{t('export.preview.practicesHelp')}</p>
          {preview.practicesResult !== undefined && (
            <p>
              {t('export.preview.practicesResult')} <PracticesResultChip result={preview.practicesResult} />
            </p>
          )}
          <PracticeLines
            title={t('export.preview.practices.measured')}
            items={preview.practices.filter((p) => p.evidence === 'measured')}
          />
          <PracticeLines
            title={t('export.preview.practices.declared')}
            items={preview.practices.filter((p) => p.evidence === 'declared')}
          />
        </section>
      )}
      <h3 className="check__label" id="statement-label">
        {t('export.preview.exact')}
      </h3>
      <p className="muted">{t('export.preview.exactHelp')}</p>
      {/* Focusable so keyboard users can scroll it. */}
      <pre className="statement" tabIndex={0} aria-labelledby="statement-label">
        {preview.statementJson}
      </pre>
    </section>
  )
}
