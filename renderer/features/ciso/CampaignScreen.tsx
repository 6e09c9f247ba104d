/**
 * CISO mode, "Campaign": the campaign folder this laptop works on. Without one: create a campaign
 * (name, where, a passphrase for its key) or open an existing folder (on a new computer: compare the
 * key's fingerprint and confirm it once). With one: its name, the CISO key fingerprint to read to
 * staff, how to back the folder up. Everything on disk happens in main (folder dialogs there; the
 * renderer never sends a path), and the passphrase is sent to main once and forgotten here.
 */
import { useId, useState, type FormEvent, type ReactElement } from 'react'
import type { CampaignFolderInfo, CampaignPinView } from '../../../shared/ipc-contract'
import { CISO_PASSPHRASE_MIN } from '../../../shared/ipc-limits'
import { api } from '../../api/client'
import { useApp } from '../../app/context'
import { formatDateTime } from '../../app/format'
import { t, failureText } from '../../app/i18n'
import { Alert, Busy } from '../../components/Feedback'
import { Page } from '../../components/Page'
import { useCiso } from './ciso-context'
import { passphraseStrength } from './passphrase'
import { CisoError } from './refusal'

/** "No campaign open": a pointer to the Campaign screen (Verify and Roster show it). */
export function NoCampaign(): ReactElement {
  const { navigate } = useApp()
  return (
    <Alert kind="info" title={t('ciso.noCampaign.title')}>
      <p>{t('ciso.noCampaign.body')}</p>
      <button type="button" className="button button--secondary" onClick={() => navigate('campaign')}>
        {t('ciso.noCampaign.go')}
      </button>
    </Alert>
  )
}

/** A grouped fingerprint, large, in two rows of four groups (easier to read out and compare). */
export function FingerprintHero({ grouped }: { readonly grouped: string }): ReactElement {
  const groups = grouped.split(' ')
  return (
    <p className="fingerprint fingerprint--hero">
      {groups.map((g, i) => (
        // Groups are not unique; their position is their identity.
        <span key={i} className="fingerprint__group">
          {g}
          {i < groups.length - 1 ? ' ' : ''}
        </span>
      ))}
    </p>
  )
}

/** The fingerprint staff compare, shown large, with how to read it out. */
export function FingerprintReadout({ grouped }: { readonly grouped: string }): ReactElement {
  return (
    <div className="readout">
      <FingerprintHero grouped={grouped} />
      <p>{t('ciso.fingerprint.howToRead')}</p>
      <p className="muted">{t('ciso.fingerprint.why')}</p>
    </div>
  )
}

/** How to back the campaign folder up, and where it is. */
export function BackupAdvice({ folder }: { readonly folder: CampaignFolderInfo }): ReactElement {
  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('ciso.backup.title')}</h2>
      {folder.location !== undefined && (
        <p>
          {t('ciso.backup.where')} <code className="path">{folder.location}</code>
        </p>
      )}
      <ul className="plain-list">
        <li>{t('ciso.backup.copy')}</li>
        <li>{t('ciso.backup.offline')}</li>
        <li>{t('ciso.backup.config')}</li>
        <li>{t('ciso.backup.passphrase')}</li>
      </ul>
    </section>
  )
}

function OpenFolder({
  label,
  primary,
  onPin,
}: {
  readonly label: string
  readonly primary: boolean
  readonly onPin: (pin: CampaignPinView) => void
}): ReactElement {
  const { setFolder } = useCiso()
  const [opening, setOpening] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const open = async (): Promise<void> => {
    setOpening(true)
    setError(null)
    const r = await api.cisoOpenFolder()
    setOpening(false)
    if (!r.ok) return setError(failureText(r))
    if (r.value.cancelled) return
    if (r.value.pin != null) return onPin(r.value.pin)
    if (r.value.folder !== null) setFolder(r.value.folder)
  }
  return (
    <>
      <div className="button-row">
        <button
          type="button"
          className={primary ? 'button button--primary' : 'button button--secondary'}
          onClick={() => void open()}
          disabled={opening}
        >
          {label}
        </button>
      </div>
      {opening && <Busy label={t('ciso.folder.opening')} />}
      {error !== null && <CisoError message={error} />}
    </>
  )
}

function Overview({
  folder,
  created,
  onPin,
}: {
  readonly folder: CampaignFolderInfo
  readonly created: boolean
  readonly onPin: (pin: CampaignPinView) => void
}): ReactElement {
  return (
    <>
      {created && (
        <Alert kind="success" title={t('ciso.create.done', { org: folder.org })}>
          <p>{t('ciso.create.doneBody')}</p>
        </Alert>
      )}
      <section className="card" aria-labelledby="folder-title">
        <h2 id="folder-title">{t('ciso.folder.title')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('ciso.folder.org')}</dt>
            <dd>{folder.org}</dd>
          </div>
          <div>
            <dt>{t('ciso.folder.name')}</dt>
            <dd>{folder.name}</dd>
          </div>
          <div>
            <dt>{t('ciso.folder.devices')}</dt>
            <dd>{folder.rosterSize}</dd>
          </div>
        </dl>
        <h3>{t('ciso.folder.key')}</h3>
        <FingerprintReadout grouped={folder.ciso.fingerprintGrouped} />
        <p>{t('ciso.folder.giveKey')}</p>
        <OpenFolder label={t('ciso.folder.openOther')} primary={false} onPin={onPin} />
      </section>
      <BackupAdvice folder={folder} />
    </>
  )
}

const STRENGTH_KEY = {
  'too-short': 'ciso.create.strength.too-short',
  weak: 'ciso.create.strength.weak',
  fair: 'ciso.create.strength.fair',
  strong: 'ciso.create.strength.strong',
} as const

/** Create a campaign: name, where (main's dialog), passphrase twice. */
function CreateCampaign({
  onCreated,
}: {
  readonly onCreated: (folder: CampaignFolderInfo) => void
}): ReactElement {
  const { setFolder } = useCiso()
  const [name, setName] = useState('')
  const [location, setLocation] = useState<string | null>(null)
  const [pass, setPass] = useState('')
  const [again, setAgain] = useState('')
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const ids = {
    name: useId(),
    nameHelp: useId(),
    pass: useId(),
    passHelp: useId(),
    strength: useId(),
    again: useId(),
    againHelp: useId(),
    where: useId(),
  }
  const strength = passphraseStrength(pass)
  const mismatch = again !== '' && again !== pass
  const ready =
    name.trim() !== '' && location !== null && strength !== 'too-short' && again === pass && busy === null

  const choose = async (): Promise<void> => {
    setError(null)
    setBusy(t('ciso.create.choosing'))
    const r = await api.cisoChooseNewCampaignFolder({ name: name.trim() })
    setBusy(null)
    if (!r.ok) return setError(failureText(r))
    setLocation(r.value.location)
  }
  const create = async (e: FormEvent): Promise<void> => {
    e.preventDefault()
    if (!ready) return
    setError(null)
    setBusy(t('ciso.create.creating'))
    const passphrase = pass
    // The renderer keeps no copy: both fields are emptied as soon as the passphrase is on its way.
    setPass('')
    setAgain('')
    const r = await api.cisoCreateCampaign({ name: name.trim(), passphrase })
    setBusy(null)
    if (!r.ok) return setError(failureText(r))
    setFolder(r.value)
    onCreated(r.value)
  }

  return (
    <section className="card" aria-labelledby="create-title">
      <h2 id="create-title">{t('ciso.create.title')}</h2>
      <p>{t('ciso.create.body')}</p>
      <form className="form" onSubmit={(e) => void create(e)} noValidate>
        <div className="field">
          <label htmlFor={ids.name}>{t('ciso.create.name')}</label>
          <input
            id={ids.name}
            type="text"
            value={name}
            maxLength={100}
            aria-describedby={ids.nameHelp}
            onChange={(e) => setName(e.target.value)}
          />
          <p id={ids.nameHelp} className="field__help">
            {t('ciso.create.nameHelp')}
          </p>
        </div>
        <div className="field">
          <span className="field__label" id={ids.where}>
            {t('ciso.create.where')}
          </span>
          {location === null ? (
            <p className="field__help">{t('ciso.create.whereHelp')}</p>
          ) : (
            <p>
              <code className="path">{location}</code>
            </p>
          )}
          <div className="button-row button-row--tight">
            <button
              type="button"
              className="button button--secondary"
              aria-describedby={ids.where}
              disabled={name.trim() === '' || busy !== null}
              onClick={() => void choose()}
            >
              {location === null ? t('ciso.create.choose') : t('ciso.create.chooseOther')}
            </button>
          </div>
        </div>
        <div className="field">
          <label htmlFor={ids.pass}>{t('ciso.create.passphrase')}</label>
          <input
            id={ids.pass}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            value={pass}
            aria-describedby={`${ids.passHelp} ${ids.strength}`}
            onChange={(e) => setPass(e.target.value)}
          />
          <p id={ids.passHelp} className="field__help">
            {t('ciso.create.passphraseHelp', { min: CISO_PASSPHRASE_MIN })}
          </p>
          {pass !== '' && (
            <p id={ids.strength} className={`strength strength--${strength}`} aria-live="polite">
              <span className="strength__bar" aria-hidden="true">
                <span className="strength__fill" />
              </span>
              <span>{t(STRENGTH_KEY[strength], { min: CISO_PASSPHRASE_MIN })}</span>
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.again}>{t('ciso.create.again')}</label>
          <input
            id={ids.again}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            value={again}
            aria-invalid={mismatch}
            aria-describedby={ids.againHelp}
            onChange={(e) => setAgain(e.target.value)}
          />
          <p id={ids.againHelp} className={mismatch ? 'field__error' : 'field__help'}>
            {mismatch ? t('ciso.create.mismatch') : t('ciso.create.againHelp')}
          </p>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={!ready}>
            {t('ciso.create.submit')}
          </button>
        </div>
      </form>
      {busy !== null && <Busy label={busy} />}
      {error !== null && <CisoError message={error} />}
    </section>
  )
}

/** A campaign this computer never confirmed: compare the fingerprint, then pin it once. */
function PinCampaign({
  pin,
  onDone,
}: {
  readonly pin: CampaignPinView
  readonly onDone: () => void
}): ReactElement {
  const { setFolder } = useCiso()
  const [matches, setMatches] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const confirm = async (): Promise<void> => {
    setBusy(true)
    setError(null)
    const r = await api.cisoPinCampaign({ fingerprint: pin.ciso.fingerprint })
    setBusy(false)
    if (!r.ok) return setError(failureText(r))
    setFolder(r.value)
    onDone()
  }
  return (
    <section className="card card--attention" aria-labelledby="pin-title">
      <h2 id="pin-title">{t('ciso.pin.title')}</h2>
      <p>{t('ciso.pin.body')}</p>
      <dl className="facts">
        <div>
          <dt>{t('ciso.folder.org')}</dt>
          <dd>{pin.org}</dd>
        </div>
        <div>
          <dt>{t('ciso.folder.name')}</dt>
          <dd>{pin.name}</dd>
        </div>
        <div>
          <dt>{t('ciso.folder.devices')}</dt>
          <dd>{pin.devices}</dd>
        </div>
        <div>
          <dt>{t('ciso.pin.updated')}</dt>
          <dd>{formatDateTime(pin.updatedAt)}</dd>
        </div>
      </dl>
      <h3>{t('ciso.pin.keyTitle')}</h3>
      <FingerprintHero grouped={pin.ciso.fingerprintGrouped} />
      <p>{t('ciso.pin.compare')}</p>
      <label className="checklist__item">
        <input type="checkbox" checked={matches} onChange={(e) => setMatches(e.target.checked)} />
        <span>{t('ciso.pin.matches')}</span>
      </label>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={!matches || busy}
          onClick={() => void confirm()}
        >
          {t('ciso.pin.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('ciso.pin.differs')}
        </button>
      </div>
      {busy && <Busy label={t('ciso.pin.busy')} />}
      {error !== null && <CisoError message={error} />}
    </section>
  )
}

/** Stop acting as the campaign's security lead (the choice is reversible on "Your details"). */
export function StopLeading(): ReactElement {
  const { settings, setSettings, navigate } = useApp()
  const [error, setError] = useState<string | null>(null)
  const stop = async (): Promise<void> => {
    const r = await api.setCisoMode({ on: false })
    if (!r.ok) return setError(failureText(r))
    setSettings(r.value)
    navigate(settings.staffId === '' ? 'setup' : 'check')
  }
  return (
    <section className="card card--quiet" aria-labelledby="lead-title">
      <h2 id="lead-title">{t('ciso.lead.title')}</h2>
      <p>{t('ciso.lead.body')}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void stop()}>
          {t('ciso.lead.stop')}
        </button>
      </div>
      {error !== null && <CisoError message={error} />}
    </section>
  )
}

/** The Campaign screen. */
export function CampaignScreen(): ReactElement {
  const { status, statusError } = useCiso()
  const [pin, setPin] = useState<CampaignPinView | null>(null)
  const [created, setCreated] = useState<string | null>(null)
  const folder = status?.folder ?? null
  return (
    <Page title={t('ciso.campaign.title')} intro={<p>{t('ciso.campaign.intro')}</p>}>
      {statusError !== null && <CisoError message={statusError} />}
      {status === null && statusError === null && <Busy label={t('ciso.campaign.loading')} />}
      {pin !== null && <PinCampaign pin={pin} onDone={() => setPin(null)} />}
      {pin === null && status !== null && folder === null && (
        <>
          <CreateCampaign onCreated={(f) => setCreated(f.location ?? f.name)} />
          <section className="card" aria-labelledby="open-title">
            <h2 id="open-title">{t('ciso.open.title')}</h2>
            <p>{t('ciso.open.body')}</p>
            <OpenFolder label={t('ciso.folder.open')} primary={false} onPin={setPin} />
          </section>
        </>
      )}
      {pin === null && folder !== null && (
        <Overview folder={folder} created={created === (folder.location ?? folder.name)} onPin={setPin} />
      )}
      <StopLeading />
    </Page>
  )
}
