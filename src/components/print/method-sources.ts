/**
 * The method's sources, as docs/methodology.md lists them under "## Sources": taken from the
 * document rendered at build time, so the handout never disagrees with the method page.
 */
import methodology from 'virtual:methodology'
import { sectionOf, type MarkdownNode } from '@/composables/markdown'

export const METHOD_SOURCES: readonly MarkdownNode[] = sectionOf(methodology, 'Sources')
