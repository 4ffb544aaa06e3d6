import { useState } from 'react';
import type { FormInstance } from 'antd';
import type { z } from '../../shared/zod-vi';
import { messageForFormError, unmatchedMessage, validateWith } from './forms';

/**
 * Submitting a record dialog: check with the shared Zod schema (messages next to the fields), then
 * save; a refusal from the server lands next to its field too, or in the dialog's alert.
 */
export function useRecordSubmit(form: FormInstance, fields: readonly string[]) {
  const [error, setError] = useState<string | null>(null);
  const submit = async <S extends z.ZodType>(schema: S, input: unknown, save: (data: z.output<S>) => Promise<unknown>): Promise<boolean> => {
    setError(null);
    const checked = validateWith(schema, input, form, fields);
    if (!checked.ok) {
      setError(unmatchedMessage(checked.unmatched));
      return false;
    }
    try {
      await save(checked.data);
      return true;
    } catch (e) {
      setError(messageForFormError(form, e, fields));
      return false;
    }
  };
  return { error, setError, submit };
}

/** Empty text fields are left out, so the schema applies its default (or says the field is required). */
export function orUndefined(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value.trim() === '' ? undefined : value;
}
