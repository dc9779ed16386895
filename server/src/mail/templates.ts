/**
 * Mail texts in the recipient's language (Swedish first). Each template is a
 * function of its facts and returns subject and plain text; links are
 * passed in whole, built by the service from PUBLIC_URL.
 */
import type { Role } from '@samverka/shared';

export type MailLanguage = 'sv' | 'en';

export interface MailContent {
  subject: string;
  text: string;
}

const roleNames: Record<MailLanguage, Record<Role, string>> = {
  sv: { admin: 'administratör', editor: 'redaktör', commenter: 'kommentator', viewer: 'läsare' },
  en: { admin: 'administrator', editor: 'editor', commenter: 'commenter', viewer: 'viewer' },
};

const signature: Record<MailLanguage, string> = {
  sv: '\n\n-- \nSamverka',
  en: '\n\n-- \nSamverka',
};

function dateOf(iso: string, language: MailLanguage): string {
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(iso));
}

export function invitationMail(
  language: MailLanguage,
  facts: {
    inviterName: string;
    workspaceName: string;
    organisationName: string;
    role: Role;
    link: string;
    expiresAt: string;
  },
): MailContent {
  const role = roleNames[language][facts.role];
  const expires = dateOf(facts.expiresAt, language);
  if (language === 'en') {
    return {
      subject: `Invitation to ${facts.workspaceName} in Samverka`,
      text:
        `${facts.inviterName} invites you to the workspace "${facts.workspaceName}" ` +
        `as ${role} for ${facts.organisationName}.\n\n` +
        `Open this link to accept (valid until ${expires}):\n${facts.link}\n\n` +
        `If you did not expect this invitation, you can ignore this message.` +
        signature.en,
    };
  }
  return {
    subject: `Inbjudan till ${facts.workspaceName} i Samverka`,
    text:
      `${facts.inviterName} bjuder in dig till arbetsytan "${facts.workspaceName}" ` +
      `som ${role} för ${facts.organisationName}.\n\n` +
      `Öppna länken för att tacka ja (giltig till ${expires}):\n${facts.link}\n\n` +
      `Om du inte väntade dig inbjudan kan du bortse från meddelandet.` +
      signature.sv,
  };
}

export function emailVerificationMail(
  language: MailLanguage,
  facts: { name: string; link: string },
): MailContent {
  if (language === 'en') {
    return {
      subject: 'Confirm your email address for Samverka',
      text:
        `Hello ${facts.name},\n\nconfirm that this is your address by opening this link:\n` +
        `${facts.link}\n\nIf you have no Samverka account, you can ignore this message.` +
        signature.en,
    };
  }
  return {
    subject: 'Bekräfta din e-postadress i Samverka',
    text:
      `Hej ${facts.name},\n\nbekräfta att det här är din adress genom att öppna länken:\n` +
      `${facts.link}\n\nOm du inte har något konto i Samverka kan du bortse från meddelandet.` +
      signature.sv,
  };
}

export function passwordResetMail(
  language: MailLanguage,
  facts: { name: string; link: string; validMinutes: number },
): MailContent {
  if (language === 'en') {
    return {
      subject: 'Choose a new password for Samverka',
      text:
        `Hello ${facts.name},\n\nsomeone asked to reset the password of your Samverka ` +
        `account. Open this link within ${facts.validMinutes} minutes to choose a new one:\n` +
        `${facts.link}\n\nIf it was not you, ignore this message: your password stays as it is.` +
        signature.en,
    };
  }
  return {
    subject: 'Välj ett nytt lösenord i Samverka',
    text:
      `Hej ${facts.name},\n\nnågon har bett om att återställa lösenordet till ditt konto i ` +
      `Samverka. Öppna länken inom ${facts.validMinutes} minuter för att välja ett nytt:\n` +
      `${facts.link}\n\nOm det inte var du kan du bortse från meddelandet; ditt lösenord ` +
      `ändras inte.` +
      signature.sv,
  };
}
