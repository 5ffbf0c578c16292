/** docs/methodology.md, rendered at build time by the plugin in vite.config.ts. */
declare module 'virtual:methodology' {
  import type { MarkdownDocument } from '@/composables/markdown'

  const methodology: MarkdownDocument
  export default methodology
}
