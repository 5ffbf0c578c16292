/**
 * Ids the method page and the app frame use themselves (see MethodView.vue and App.vue), and the
 * glossary's: no heading of the methodology may take one. vite.config.ts reads this list when
 * it renders docs/methodology.md, so the headings' ids are fixed at build time.
 * (Its imports name their .ts files: the config loader reads them.)
 */
import { GLOSSARY } from '../../content/glossary.ts'

export const PAGE_IDS = ['app', 'main', 'method-title', 'method-contents-title', 'glossary']

export const RESERVED_IDS: readonly string[] = [...PAGE_IDS, ...GLOSSARY.map((g) => g.id)]
