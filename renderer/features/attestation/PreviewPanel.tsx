/**
 * What will be signed, before anything is signed: a readable summary (who, which device, when,
 * result of each check) and the exact Statement JSON main will sign, byte for byte.
 */
import type { ReactElement } from 'react'
import type { AttestationPreview } from '../../../shared/ipc-contract'
import { formatDateTime } from '../../app/format'
import { t } from '../../app/i18n'
import { OverallChip, StatusChip } from '../../components/StatusChip'
import { DeviceProfileRows } from '../checks/DeviceProfile'

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
