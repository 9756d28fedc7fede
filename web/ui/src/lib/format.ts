// Numbers in the interface language's conventions (decimal comma in Norwegian).
import { locale, t } from '../i18n/i18n';

export function formatNumber(value: number | null | undefined, decimals = 0, minimumDecimals = decimals): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(locale(), {
    minimumFractionDigits: minimumDecimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

// Rates get two decimals, counts none, anything else up to two.
export function formatValue(value: number | null | undefined, isRate: boolean): string {
  if (value === null || value === undefined) return '–';
  if (isRate) return formatNumber(value, 2);
  return formatNumber(value, 2, 0);
}

export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '–';
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatInterval(low: number | null | undefined, high: number | null | undefined, isRate: boolean): string {
  if (low === null || low === undefined || high === null || high === undefined) return '';
  return `${formatValue(low, isRate)}–${formatValue(high, isRate)}`;
}

export function statusText(status: string): string {
  if (status === 'suppressed') return t('status.suppressed');
  if (status === 'missing') return t('status.missing');
  return status;
}
