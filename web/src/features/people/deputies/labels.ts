// Display words for registry values, in the current language.
import { useI18n } from 'vue-i18n'
import { termTitle, type Gender, type Level, type MandateStatus } from './model'

export function useDeputyLabels() {
  const { t, locale } = useI18n()
  return {
    level: (l: Level | string | null | undefined) => (l ? t(`level.${l}`) : ''),
    levelShort: (l: Level | string | null | undefined) => (l ? t(`deputies.levelShort.${l}`) : ''),
    /** 湖南省人民代表大会 → 湖南省人大 (the usual short form); other names as they are. */
    orgShort: (name: string | null | undefined) =>
      locale.value === 'en' || !name ? (name ?? '') : name.replace(/人民代表大会$/, '人大'),
    status: (s: MandateStatus | string | null | undefined) => (s ? t(`deputies.statuses.${s}`) : ''),
    gender: (g: Gender | string | null | undefined) => (g ? t(`deputies.genders.${g}`) : ''),
    term: (n: number | null | undefined) =>
      n ? (locale.value === 'en' ? t('deputies.termN', { n }) : termTitle(n)) : '',
  }
}
