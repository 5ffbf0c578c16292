/**
 * The method's sources, as docs/methodology.md lists them under "## Sources": read from the
 * document at build time, so the handout never disagrees with the method page.
 */
import methodology from '../../../docs/methodology.md?raw'
import { parseMarkdown, type Block } from '@/composables/markdown'

/** The body of one `## title` section: the lines after its heading, up to the next `#`/`##`. */
export function sectionOf(markdown: string, title: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  const start = lines.findIndex((line) => line.trim() === `## ${title}`)
  if (start < 0) return ''
  const rest = lines.slice(start + 1)
  const end = rest.findIndex((line) => /^#{1,2}\s/.test(line))
  return (end < 0 ? rest : rest.slice(0, end)).join('\n').trim()
}

export const METHOD_SOURCES: readonly Block[] = parseMarkdown(sectionOf(methodology, 'Sources'))
