import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { vi, type MessageKey } from './vi';
import { en } from './en';
import type { CodeGroup } from './codes';
import { formatNumberVi } from '../../domain/text/numbers';

export type Lang = 'vi' | 'en';
const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };
const STORAGE_KEY = 'vinhdanh.lang';

type Params = Record<string, string | number>;

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The message for a key in the current language; `{name}` placeholders are filled from params. */
  t(key: MessageKey, params?: Params): string;
  /** The label of a code (unit kind, status, role…), or the code itself when the catalogue has none. */
  codeLabel(group: CodeGroup, code: string | null | undefined): string;
}

/**
 * Numbers in messages are written the reader's way ("1.181" in Vietnamese, "1,181" in English), by
 * the one formatter of src/domain/text/numbers.ts; years ({year}, {fromYear}…) stay as they are.
 */
function fill(template: string, params: Params | undefined, lang: Lang): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const v = params[name]!;
    if (typeof v !== 'number' || /year/i.test(name)) return String(v);
    return lang === 'vi' ? formatNumberVi(v) : v.toLocaleString('en');
  });
}

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'vi' || saved === 'en') return saved;
  } catch {
    // Storage can be unavailable (private mode); Vietnamese is the default.
  }
  return 'vi';
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered; still switched for this visit.
    }
  }, []);
  useEffect(() => {
    dayjs.locale(lang === 'vi' ? 'vi' : 'en');
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const catalogue = catalogues[lang];
    return {
      lang,
      setLang,
      t: (key, params) => fill(catalogue[key] ?? key, params, lang),
      codeLabel: (group, code) => {
        if (!code) return '';
        const key = `${group}.${code}` as MessageKey;
        return catalogue[key] ?? code;
      },
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() outside <I18nProvider>');
  return value;
}

/** Shortcut for components that only translate. */
export function useT(): I18n['t'] {
  return useI18n().t;
}
