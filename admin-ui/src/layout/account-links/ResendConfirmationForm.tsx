import { EmailRequestForm } from './EmailRequestForm';

/** A new confirmation link, for someone whose link expired or was used. */
export const ResendConfirmationForm = () => (
  <EmailRequestForm path="resend-confirmation" submitLabel="samverka.account.confirm.resend" sentMessage="samverka.account.confirm.resent" testId="resend-confirmation" />
);
