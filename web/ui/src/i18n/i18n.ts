// The interface language: Nynorsk by default, Bokmål and English selectable, kept in localStorage.
import { en } from './en';
import { nb } from './nb';
import { nn, type Dictionary } from './nn';

export type Lang = 'nn' | 'nb' | 'en';
export type Key = keyof Dictionary;

export const LANGS: readonly Lang[] = ['nn', 'nb', 'en'];
const DICTIONARIES: Record<Lang, Dictionary> = { nn, nb, en };
// Number formats: Nynorsk writes numbers as Bokmål does, and browsers may lack nn locale data.
const LOCALES: Record<Lang, string> = { nn: 'nb-NO', nb: 'nb-NO', en: 'en-GB' };
const STORAGE_KEY = 'polyfon.lang';

function stored(): Lang {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (value === 'nn' || value === 'nb' || value === 'en') return value;
  } catch {
    // Storage may be disabled; fall back to Nynorsk.
  }
  return 'nn';
}

let current: Lang = stored();

export function lang(): Lang {
  return current;
}

export function locale(): string {
  return LOCALES[current];
}

export function setLang(next: Lang): void {
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not persisted; the choice still holds for this page view.
  }
  document.documentElement.lang = next;
}

// The text for `key` in the current language, with {name} placeholders filled from `params`.
export function t(key: Key, params: Record<string, string | number> = {}): string {
  const text = DICTIONARIES[current][key] ?? nn[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

// A translation if the dictionary has one for `key`, else `fallback` (e.g. a name from the server).
export function tOr(key: string, fallback: string): string {
  return key in nn ? t(key as Key) : fallback;
}
