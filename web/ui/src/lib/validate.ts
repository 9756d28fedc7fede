// Validation of reported figures: non-negative numbers, whole numbers for counts. Accepts a decimal
// comma and returns the value as the API takes it ("1.5").
import { t } from '../i18n/i18n';

export const WHOLE_NUMBER_TYPES = new Set(['non_negative_integer', 'integer', 'positive_integer', 'integer_zero_or_positive']);

export type Checked = { ok: true; value: string } | { ok: false; message: string };

export function checkFigure(raw: string, wholeNumber: boolean): Checked {
  const text = raw.trim().replace(/\s/g, '').replace(',', '.');
  if (text === '') return { ok: true, value: '' };
  if (/^-\d*(\.\d+)?$/.test(text) && text !== '-') return { ok: false, message: wholeNumber ? t('rep.whole') : t('rep.negative') };
  if (!/^\d+(\.\d+)?$/.test(text)) return { ok: false, message: wholeNumber ? t('rep.whole') : t('rep.notNumber') };
  if (wholeNumber && !/^\d+$/.test(text)) return { ok: false, message: t('rep.whole') };
  return { ok: true, value: text.replace(/^0+(?=\d)/, '') };
}
