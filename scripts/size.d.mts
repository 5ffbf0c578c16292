export declare const BUDGET_KB: number
export declare function initialJsSizes(
  dist: string,
): Promise<{ file: string; bytes: number; gzip: number }[]>
