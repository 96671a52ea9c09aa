import type { ComplexAttributeConverter } from 'lit';

/**
 * Converter for attributes that hold JSON (`config='{"…"}'`). Lit's default Object converter returns null on
 * bad JSON, so a typo would silently show nothing; this one passes invalid text through unchanged, and the
 * core's parser reports it in the widget (code `invalid_json`) like any other config problem.
 */
export const jsonAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
  toAttribute(value: unknown): string | null {
    if (value === undefined || value === null) return null;
    return typeof value === 'string' ? value : JSON.stringify(value);
  },
};
