/** The page a suspended account's restricted session shows instead of the console. */
export const suspensionEn = {
  menu: 'Your suspension',
  title: 'Your account is suspended',
  until: 'The suspension lasts until %{date}.',
  until_lifted: 'The suspension lasts until it is lifted.',
  can_do:
    'While it lasts you can read the decision and your notifications, appeal the decision here, see, download or delete your data under My data, and sign out. Everything else is closed until the suspension ends; then sign in again.',
  decisions: 'Decisions about you',
  decisions_intro: 'Each decision with its rule, the facts it rests on and the reasons. A different moderator than the one who decided handles your appeal.',
  no_decision: 'No statement of reasons has reached your notifications.',
};
