// Designsystemet's toggle group as a radio group: one choice, arrow keys move between options.
import { h } from './dom';

export function toggleGroup(options: {
  label: string;
  choices: { value: string; text: string }[];
  value: string;
  onChange: (value: string) => void;
}): HTMLElement {
  const group = h('div', { class: 'ds-toggle-group', role: 'radiogroup', 'aria-label': options.label, 'data-size': 'sm' });
  const buttons = options.choices.map((choice) =>
    h('button', { type: 'button', class: 'ds-button', role: 'radio', 'data-value': choice.value }, choice.text),
  );
  const select = (value: string, focus: boolean): void => {
    for (const button of buttons) {
      const checked = button.dataset.value === value;
      button.setAttribute('aria-checked', String(checked));
      button.setAttribute('data-variant', checked ? 'primary' : 'tertiary');
      button.tabIndex = checked ? 0 : -1;
      if (checked && focus) button.focus();
    }
  };
  buttons.forEach((button, index) => {
    button.addEventListener('click', () => {
      select(button.dataset.value ?? '', false);
      options.onChange(button.dataset.value ?? '');
    });
    button.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      const next = buttons[(index + step + buttons.length) % buttons.length];
      select(next.dataset.value ?? '', true);
      options.onChange(next.dataset.value ?? '');
    });
  });
  group.append(...buttons);
  select(options.value, false);
  return group;
}
