import { useTranslation } from 'react-i18next';
import { signOut, userName } from '../lib/auth/auth';

export function SignOut() {
  const { t } = useTranslation();
  const name = userName();
  if (!name) {
    return null;
  }
  return (
    <div className="account">
      <bdi className="account-name">{name}</bdi>
      <button type="button" className="link-button" onClick={signOut}>{t('account.signOut')}</button>
    </div>
  );
}
