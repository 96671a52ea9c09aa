export function firstPaintFiles(entry: string): string[];
export function firstPaintBytes(entry: string): { files: string[]; raw: number; gzip: number };
