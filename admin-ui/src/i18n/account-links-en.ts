/** The pages behind the account e-mails (samverka.account.*) in English; account-links-sv.ts mirrors the keys. */
export const accountLinksEn = {
  forgot_link: 'Forgot password?',
  back_to_sign_in: 'Back to sign-in',
  sign_in: 'Sign in',
  email: 'E-mail address',
  too_many: 'Too many attempts from here: wait a while and try again.',
  confirm: {
    title: 'Confirm your e-mail address',
    confirming: 'Confirming your address…',
    confirmed: 'Your e-mail address is confirmed. You can sign in now.',
    invalid: 'This link has expired or has already been used. If you have confirmed your address already, just sign in. Otherwise enter your e-mail address and we send you a new link.',
    resend: 'Send a new link',
    resent: 'If an account with this address is waiting for confirmation, a new link is on its way. Check your spam folder too.',
    failed: 'Your address could not be confirmed just now (%{message}). Open the link again in a while.',
  },
  reset: {
    title: 'Choose a new password',
    intro: 'Choose a new password of at least %{min} characters. You are signed out everywhere you are signed in.',
    password: 'New password',
    repeat: 'New password again',
    mismatch: 'The passwords are not the same',
    submit: 'Save the new password',
    done: 'Your password is changed: sign in with it.',
    invalid: 'This link has expired or has already been used. Ask for a new one.',
    ask_again: 'Ask for a new link',
  },
  forgot: {
    title: 'Forgot your password?',
    intro: 'Enter the e-mail address of your account and we send you a link to choose a new password.',
    submit: 'Send the link',
    sent: 'If an account uses this address, a link to choose a new password is on its way. It works once, within an hour. Check your spam folder too.',
  },
};
