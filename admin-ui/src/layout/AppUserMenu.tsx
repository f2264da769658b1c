import { UserMenu, useGetIdentity, useTranslate } from 'react-admin';

/**
 * react-admin's user menu, whose button shows the person's name but was named only "Profil":
 * a speech-input user saying what they see must reach it (WCAG 2.5.3), so the name leads.
 */
export const AppUserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const menu = translate('ra.auth.user_menu');
  return <UserMenu label={identity?.fullName ? `${identity.fullName} (${menu})` : 'ra.auth.user_menu'} />;
};
