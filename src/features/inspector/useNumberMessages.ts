import { useTranslation } from 'react-i18next';

export function useNumberMessages() {
  const { t } = useTranslation();
  return {
    invalid: t('inspector.invalidNumber'),
    range: (min: number, max: number) => t('inspector.outOfRange', { min, max }),
  };
}
