import { useTranslation } from 'react-i18next';

/** A person's name as shown: "Guest" for someone who has not given one yet. */
export function useDisplayName(): (name: string) => string {
  const { t } = useTranslation();
  return (name: string) => name || t('presence.guest');
}
