/**
 * A DeviceKeyStore over the plain-Node FileKeyStore (main/attestation/key-store.ts): used by unit
 * tests, by the renderer's Playwright tests that run the real services, and as the Electron fallback
 * when a passphrase is chosen. Reports its protection honestly (an unencrypted file is "weak").
 */
import { FileKeyStore } from '../attestation/key-store'
import type { KeyStoreInfo } from '../../shared/ipc-contract'
import { englishOf, mainMsg } from './main-text'
import type { DeviceKeyStore } from './types'

/** File name stem of the device key. */
export const DEVICE_KEY_NAME = 'device-ed25519'

/** FileKeyStore plus `info()`. */
export class FileDeviceKeyStore extends FileKeyStore implements DeviceKeyStore {
  constructor(dir: string, passphrase?: string) {
    super(dir, DEVICE_KEY_NAME, passphrase)
  }

  async info(): Promise<KeyStoreInfo> {
    const weak = this.protection === 'file-0600-unencrypted'
    const text = weak ? mainMsg('main.keyStore.fileOnly') : null
    return {
      available: true,
      protection: this.protection,
      weak,
      message: text === null ? null : englishOf(text),
      ...(text === null ? {} : { messageText: text }),
    }
  }
}
