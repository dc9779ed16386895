/** The notification mail (plain text, like every mail): one mail lists every item of a batch. */
import type { NotificationKind } from '@samverka/shared';
import type { MailContent, MailLanguage } from '../../mail/templates.js';

export interface DigestItem {
  kind: NotificationKind;
  actorName: string;
  documentTitle: string;
  /** False: the recipient can no longer read the document; no text, no link. */
  readable: boolean;
  /** The comment's text, when there is one to show. */
  text: string | null;
  link: string;
}

const what: Record<MailLanguage, Record<NotificationKind, (i: DigestItem) => string>> = {
  sv: {
    mention: (i) => `${i.actorName} nämnde dig eller din organisation i ”${i.documentTitle}”`,
    reply: (i) => `${i.actorName} svarade i en tråd du deltar i, i ”${i.documentTitle}”`,
    resolved: (i) => `${i.actorName} markerade din kommentarstråd i ”${i.documentTitle}” som löst`,
    position_awaited: (i) =>
      `Beslutet ”${i.documentTitle}” väntar på din organisations ställningstagande (öppnat av ${i.actorName})`,
    minutes_approval_requested: (i) =>
      `${i.actorName} har skickat protokollet ”${i.documentTitle}” till dig för justering`,
  },
  en: {
    mention: (i) => `${i.actorName} mentioned you or your organisation in "${i.documentTitle}"`,
    reply: (i) => `${i.actorName} replied in a thread you take part in, in "${i.documentTitle}"`,
    resolved: (i) => `${i.actorName} resolved your comment thread in "${i.documentTitle}"`,
    position_awaited: (i) =>
      `The decision "${i.documentTitle}" awaits your organisation's position (opened by ${i.actorName})`,
    minutes_approval_requested: (i) =>
      `${i.actorName} sent you the minutes "${i.documentTitle}" for approval`,
  },
};

const texts = {
  sv: {
    subject: (n: number) =>
      n === 1 ? 'Ny avisering i Samverka' : `${n} nya aviseringar i Samverka`,
    noAccess:
      'En avisering om ett dokument som du inte längre har tillgång till (innehållet visas inte).',
    open: 'Öppna',
    unsubscribe: 'Vill du inte få de här mejlen? Avsluta här:',
  },
  en: {
    subject: (n: number) =>
      n === 1 ? 'New notification in Samverka' : `${n} new notifications in Samverka`,
    noAccess: 'A notification about a document you can no longer read (its content is not shown).',
    open: 'Open',
    unsubscribe: 'Do not want these mails? Unsubscribe here:',
  },
};

export function notificationDigestMail(
  language: MailLanguage,
  facts: { items: DigestItem[]; unsubscribeLink: string },
): MailContent {
  const t = texts[language];
  const blocks = facts.items.map((item) => {
    // Neither title nor text of a document the person may no longer read.
    if (!item.readable) return `* ${t.noAccess}`;
    const lines = [`* ${what[language][item.kind](item)}`];
    if (item.text) lines.push(...item.text.split('\n').map((line) => `  > ${line}`));
    lines.push(`  ${t.open}: ${item.link}`);
    return lines.join('\n');
  });
  return {
    subject: t.subject(facts.items.length),
    text: `${blocks.join('\n\n')}\n\n${t.unsubscribe}\n${facts.unsubscribeLink}\n\n-- \nSamverka`,
  };
}
