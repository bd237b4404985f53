import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n';
import { t } from '../../core/i18n';
import type { NumberRange } from '../../core/settings/settings';

/** A group of settings under its heading. */
export function Section({ title, children }: { title: MessageKey; children: ComponentChildren }) {
  return (
    <section class="section">
      <h2>{t(title)}</h2>
      {children}
    </section>
  );
}

export function Choice<T extends string>(props: {
  label: MessageKey;
  value: T;
  options: readonly T[];
  labels: Record<T, MessageKey>;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="field choice">
      <legend>{t(props.label)}</legend>
      <div class="choice-options">
        {props.options.map((option) => (
          <label class="choice-option">
            <input
              type="radio"
              name={props.label}
              value={option}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
            />
            <span>{t(props.labels[option])}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Slider(props: {
  label: MessageKey;
  value: number;
  range: NumberRange;
  format: (value: number) => string;
  /** Each step while dragging: shown at once, saved in a batch. */
  onDrag: (value: number) => void;
  /** The thumb let go (or a key step): save now. */
  onDragEnd: () => void;
}) {
  const id = useId();
  return (
    <div class="field slider">
      <label for={id}>{t(props.label)}</label>
      <input
        id={id}
        type="range"
        min={props.range.min}
        max={props.range.max}
        step={props.range.step}
        value={props.value}
        aria-valuetext={props.format(props.value)}
        onInput={(event) => props.onDrag(Number((event.currentTarget as HTMLInputElement).value))}
        onChange={props.onDragEnd}
      />
      <output for={id}>{props.format(props.value)}</output>
    </div>
  );
}

export function Toggle(props: {
  label: MessageKey;
  hint?: MessageKey;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  const hintId = useId();
  return (
    <div class="field toggle">
      <label>
        <input
          type="checkbox"
          checked={props.checked}
          aria-describedby={props.hint ? hintId : undefined}
          onChange={(event) => props.onChange((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>{t(props.label)}</span>
      </label>
      {props.hint && (
        <p id={hintId} class="hint">
          {t(props.hint)}
        </p>
      )}
    </div>
  );
}
