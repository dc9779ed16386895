/**
 * Labelled form fields. Each owns its id (useId) so label, hint and control
 * stay wired together; a hint is also read out with the control
 * (aria-describedby).
 */
import { useId } from 'react';
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

function FieldFrame({
  id,
  label,
  hint,
  hintId,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  hintId: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Ids for a field: its control and, when there is a hint, what describes it. */
function useFieldIds(hint: string | undefined, describedBy: string | undefined) {
  const id = useId();
  const hintId = useId();
  const described = [hint ? hintId : undefined, describedBy].filter(Boolean).join(' ');
  return { id, hintId, describedBy: described === '' ? undefined : described };
}

type TextFieldProps = {
  label: string;
  value: string;
  /** Left out only for a read-only field. */
  onChange?: (value: string) => void;
  hint?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

export function TextField({
  label,
  value,
  onChange,
  hint,
  'aria-describedby': extraDescribedBy,
  ...inputProps
}: TextFieldProps) {
  const ids = useFieldIds(hint, extraDescribedBy);
  return (
    <FieldFrame id={ids.id} label={label} hint={hint} hintId={ids.hintId}>
      <input
        {...inputProps}
        id={ids.id}
        value={value}
        aria-describedby={ids.describedBy}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
      />
    </FieldFrame>
  );
}

type TextAreaFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'>;

export function TextAreaField({ label, value, onChange, hint, ...areaProps }: TextAreaFieldProps) {
  const ids = useFieldIds(hint, undefined);
  return (
    <FieldFrame id={ids.id} label={label} hint={hint} hintId={ids.hintId}>
      <textarea
        {...areaProps}
        id={ids.id}
        value={value}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

/**
 * A select over a fixed list of values; `onChange` only ever receives one of
 * `options`, so callers need no parsing.
 */
export function SelectField<T extends string>({
  label,
  value,
  options,
  optionLabel,
  onChange,
  hint,
}: {
  label: string;
  value: T;
  options: readonly T[];
  optionLabel: (option: T) => string;
  onChange: (value: T) => void;
  hint?: string;
}) {
  const ids = useFieldIds(hint, undefined);
  return (
    <FieldFrame id={ids.id} label={label} hint={hint} hintId={ids.hintId}>
      <select
        id={ids.id}
        value={value}
        aria-describedby={ids.describedBy}
        onChange={(event) => {
          const chosen = options.find((option) => option === event.target.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
