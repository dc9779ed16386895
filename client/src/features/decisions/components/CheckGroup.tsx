// A fieldset of checkboxes over ids with names: advisory bodies, required organisations, sections.
export function CheckGroup({
  legend,
  hint,
  options,
  selected,
  onChange,
  disabled = false,
}: {
  legend: string;
  hint?: string;
  options: readonly { id: string; label: string }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="fieldset check-group" disabled={disabled}>
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {options.map((option) => (
        <label className="check" key={option.id}>
          <input
            type="checkbox"
            checked={selected.includes(option.id)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...selected, option.id]
                  : selected.filter((id) => id !== option.id),
              )
            }
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
