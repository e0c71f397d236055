/** What every message function returns: the mailer adds the sender and the recipient. */
export interface MailMessage {
  subject: string;
  text: string;
  html: string;
}

export interface OutgoingMail extends MailMessage {
  to: string;
}
