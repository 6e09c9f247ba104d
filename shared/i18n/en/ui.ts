/** English strings of the desktop UI (renderer/), keyed by dotted names. */
export const UI_EN: Readonly<Record<string, string>> = {}
