export function firstPaintFiles(entries: string | string[]): string[];
export function firstPaintBytes(entries: string | string[]): { files: string[]; raw: number; gzip: number };
export interface SizeBudget {
  key: string;
  entries: string[];
  what: string;
  ceiling: number;
  budget: number;
  maxFiles: number;
  tags: string[];
}
export function sizeBudgets(file?: string): SizeBudget[];
export function editorWeight(dir?: string): { file: string; when: string; gzip: number }[];
