/**
 * The tips inbox and the organisation member's start page in English: `resources` for the
 * organisation-messages list, and `samverka.tips`. tips-sv.ts mirrors the keys.
 */
export const tipResourcesEn = {
  'organisation-messages': {
    name: 'Tip |||| Tips received',
    empty: 'No tips here.',
    fields: {
      text: 'Tip',
      senderName: 'From',
      organisationName: 'To',
      organisationId: 'Organisation',
      createdAt: 'Received',
      state: 'State',
      unread: 'Unread only',
      answeredAt: 'Answered',
    },
  },
};

export const tipsEn = {
  state: { open: 'Open', closed: 'Closed' },
  unread: 'Unread',
  unread_marker: 'New',
  answered: 'Answered',
  not_answered: 'Not answered',
  drawer: {
    heading: 'Tip to %{organisation}',
    received: 'Received %{date}',
    from: 'From %{name}',
    read: 'Read %{date}',
    closed: 'Closed %{date} by %{name}',
    not_found: 'This tip is not in your inbox (it may have been hidden while a report about it is reviewed).',
  },
  answer: {
    title: 'Answer',
    label: 'Your answer',
    helper: 'The sender reads it as an answer from %{organisation}, not from you by name. You can answer once.',
    counter: '%{count} of %{max} characters',
    send: 'Send answer',
    done: 'The answer was sent',
    by: 'Answered %{date} by %{name}',
    closed_first: 'The tip is closed: reopen it to answer.',
  },
  close: { button: 'Close tip', done: 'The tip is closed' },
  reopen: { button: 'Reopen', done: 'The tip is open again' },
  start: {
    intro: 'You represent a verified organisation in Samverka. Here you find your emblem and the tips residents send to the organisation.',
    emblem_title: 'Your emblem',
    emblem_code: 'Emblem code',
    badge_code: 'Organisation badge',
    valid_until: 'Valid until',
    status: 'Status',
    valid: 'Valid',
    no_emblem: 'You carry no emblem yet: confirm your work address to get one.',
    tips_title: 'Open tips',
    open_count: '%{smart_count} open tip |||| %{smart_count} open tips',
    none_open: 'No open tips.',
    latest: 'Latest',
    open_inbox: 'Open the inbox',
  },
  errors: {
    already_answered: 'The tip has already been answered by someone in your organisation.',
    closed: 'The tip has been closed: reopen it to answer.',
    unchanged: 'Someone in your organisation has already changed the tip: the page shows its current state.',
  },
};
