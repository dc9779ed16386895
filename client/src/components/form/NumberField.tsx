/**
 * A labelled field for a figure, typed as text so a decimal comma works and
 * the form can say what is wrong (read it with readNumber on submit). Phones
 * show a number pad: digits only, or with a decimal separator when the
 * figure may have decimals.
 */
import type { ComponentProps } from 'react';
import { TextField } from './fields';

type NumberFieldProps = {
  /** The figure may have decimals (months of full-time work, a percentage). */
  decimals?: boolean;
} & Omit<ComponentProps<typeof TextField>, 'inputMode' | 'type'>;

export function NumberField({ decimals = false, ...fieldProps }: NumberFieldProps) {
  return <TextField {...fieldProps} inputMode={decimals ? 'decimal' : 'numeric'} />;
}
