export const CHROMIUM_ARGS: string[];
export const NO_CHROMIUM: string;
export function chromiumPath(): string | undefined;
