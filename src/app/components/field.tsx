// A labelled input wired for accessibility: aria-invalid, aria-describedby, errors in role="alert".
import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Plan } from '../../domain/plan';
import { memo } from 'react';
import { useFieldDiagnostics } from '../shared/diagnostics';
import { fieldId } from '../shared/form';
import { DiagnosticItem } from './diagnostic-item';

/** Diagnostics beside a field: errors in an alert region, the rest as notes. */
export const FieldMessages = memo(function FieldMessages({ field }: { field: string }) {
  const list = useFieldDiagnostics(field);
  const id = fieldId(field);
  const errors = list.filter((d) => d.severity === 'error');
  const others = list.filter((d) => d.severity !== 'error');
  return (
    <>
      <div id={`${id}-error`} role="alert" className="field-errors">
        {errors.map((d, i) => (
          <DiagnosticItem key={`${d.rule}-${i}`} diagnostic={d} />
        ))}
      </div>
      {others.length ? (
        <div id={`${id}-note`} className="field-notes">
          {others.map((d, i) => (
            <DiagnosticItem key={`${d.rule}-${i}`} diagnostic={d} />
          ))}
        </div>
      ) : null}
    </>
  );
});

export function useFieldAria(field: string, hintId?: string) {
  const list = useFieldDiagnostics(field);
  const id = fieldId(field);
  const describedBy = [hintId, list.some((d) => d.severity === 'error') ? `${id}-error` : '', list.some((d) => d.severity !== 'error') ? `${id}-note` : '']
    .filter(Boolean)
    .join(' ');
  return { id, 'aria-invalid': list.some((d) => d.severity === 'error') || undefined, 'aria-describedby': describedBy || undefined };
}

interface TextFieldProps {
  field: string;
  label: string;
  hint?: ReactNode;
  type?: 'text' | 'number';
  inputMode?: 'numeric' | 'text';
  placeholder?: string;
  /** required: an empty field (or text a number input cannot read) is NaN, which its rule reports, never 0. */
  asNumber?: 'required' | 'optional';
  actions?: ReactNode;
  after?: ReactNode;
  /** Suggestions the field offers while any text stays possible (a datalist: the input becomes a combobox). */
  suggestions?: string[];
}

// Memoised: a field re-renders when its own props or diagnostics change, not on every keystroke elsewhere.
export const TextField = memo(function TextField({ field, label, hint, type = 'text', inputMode, placeholder, asNumber, actions, after, suggestions }: TextFieldProps) {
  const { register } = useFormContext<Plan>();
  const hintId = hint ? `${fieldId(field)}-hint` : undefined;
  const aria = useFieldAria(field, hintId);
  const setValueAs = asNumber === 'optional' ? (v: string) => (v === '' || v === undefined ? undefined : Number(v)) : asNumber === 'required' ? (v: string) => (v === '' ? Number.NaN : Number(v)) : undefined;
  return (
    <div className="field">
      <label htmlFor={aria.id}>{label}</label>
      <div className="field-input">
        <input
          {...aria}
          type={type}
          inputMode={inputMode}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          list={suggestions ? `${aria.id}-suggestions` : undefined}
          {...register(field as never, setValueAs ? { setValueAs } : {})}
        />
        {suggestions ? (
          <datalist id={`${aria.id}-suggestions`}>
            {suggestions.map((value) => (
              <option key={value} value={value} />
            ))}
          </datalist>
        ) : null}
        {actions}
      </div>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {after}
      <FieldMessages field={field} />
    </div>
  );
});

interface SelectFieldProps {
  field: string;
  label: string;
  options: Array<{ value: string; label: string }>;
  hint?: ReactNode;
}

export const SelectField = memo(function SelectField({ field, label, options, hint }: SelectFieldProps) {
  const { register, control } = useFormContext<Plan>();
  const hintId = hint ? `${fieldId(field)}-hint` : undefined;
  const aria = useFieldAria(field, hintId);
  // A value no option offers (an unknown version from a link or a file) is shown as it is, not as the first option.
  const value: unknown = useWatch({ control, name: field as never });
  const shown = typeof value === 'string' && !options.some((o) => o.value === value) ? [{ value, label: value }, ...options] : options;
  return (
    <div className="field">
      <label htmlFor={aria.id}>{label}</label>
      <select {...aria} {...register(field as never)}>
        {shown.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldMessages field={field} />
    </div>
  );
});

export function CheckboxField({ field, label }: { field: string; label: string }) {
  const { control, setValue } = useFormContext<Plan>();
  const aria = useFieldAria(field);
  // Controlled, not registered: a registered checkbox writes false into an unset option when it mounts, so merely
  // opening the Flannel step added "DirectRouting": false to the files and dr=0 to the link. Unset stays unset.
  const value: unknown = useWatch({ control, name: field as never });
  return (
    <div className="field field-checkbox">
      <input
        type="checkbox"
        {...aria}
        name={field}
        checked={value === true}
        onChange={(e) => setValue(field as never, e.currentTarget.checked as never, { shouldValidate: true, shouldDirty: true })}
      />
      <label htmlFor={aria.id}>{label}</label>
      <FieldMessages field={field} />
    </div>
  );
}
