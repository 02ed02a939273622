/**
 * What dexie-export-import's import needs of a browser and Node lacks: `self`, and a FileReader
 * that reads a Blob. Import this before the module under test.
 */
const scope = globalThis as Record<string, unknown>
scope.self ??= globalThis

class NodeFileReader {
  result: ArrayBuffer | string | null = null
  error: unknown = null
  onload: ((event: { target: NodeFileReader }) => void) | null = null
  onerror: ((event: { target: NodeFileReader }) => void) | null = null
  onabort: ((event: { target: NodeFileReader }) => void) | null = null

  readAsArrayBuffer(blob: Blob): void {
    this.read(blob.arrayBuffer())
  }

  readAsText(blob: Blob): void {
    this.read(blob.text())
  }

  private read(content: Promise<ArrayBuffer | string>): void {
    content.then(
      (result) => {
        this.result = result
        this.onload?.({ target: this })
      },
      (error: unknown) => {
        this.error = error
        this.onerror?.({ target: this })
      }
    )
  }
}

scope.FileReader ??= NodeFileReader
