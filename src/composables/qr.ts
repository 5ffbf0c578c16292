/**
 * QR codes for share links, as a matrix of dark and light modules (uqr, a dependency-free port
 * of Project Nayuki's encoder). Error correction level M (15 % of the code may be damaged or
 * covered) and the smallest version (size) that holds the text: a share link is long, so the
 * code grows with it, up to version 40 (177 × 177 modules, 2 331 bytes at level M). A longer
 * link gets level L (7 %, up to 2 953 bytes) rather than no code: the sample's link is about
 * 2 340 bytes.
 */
import { encode } from 'uqr'

/** Light modules around the code that scanners need to find it: four, as the standard asks. */
export const QUIET_ZONE = 4

export interface QrMatrix {
  /** 1 to 40. */
  version: number
  /** Modules per side, without the quiet zone: 17 + 4 × version. */
  size: number
  /** modules[row][column]: true is dark. */
  modules: boolean[][]
  /** Error correction: M (15 % may be damaged), or L (7 %) for a link M cannot hold. */
  level: 'M' | 'L'
}

/**
 * The QR code of `text` at level M, or L when M cannot hold it; undefined when it is too long
 * for any QR code (links to very large scenarios): the link itself still works, only the
 * picture is missing.
 */
export function qrMatrix(text: string): QrMatrix | undefined {
  for (const ecc of ['M', 'L'] as const) {
    try {
      const qr = encode(text, { ecc, boostEcc: false, border: 0 })
      return { version: qr.version, size: qr.size, modules: qr.data, level: ecc }
    } catch {
      // uqr throws "Data too long" past version 40.
    }
  }
  return undefined
}

/** A horizontal run of dark modules: one `<rect>` instead of `width` of them. */
export interface QrRun {
  x: number
  y: number
  width: number
}

/** The dark modules as runs along each row, for a light SVG (a version-40 code has ~15 000 dark modules, ~5 000 runs). */
export function qrRuns(matrix: QrMatrix): QrRun[] {
  const runs: QrRun[] = []
  matrix.modules.forEach((row, y) => {
    let start = -1
    for (let x = 0; x <= row.length; x++) {
      const dark = row[x] === true
      if (dark && start < 0) start = x
      if (!dark && start >= 0) {
        runs.push({ x: start, y, width: x - start })
        start = -1
      }
    }
  })
  return runs
}
