/**
 * Mentions in a comment: the text says "@Anna Lindqvist" or "@Kommunal,
 * sektion Ängby"; what is stored is the list of ids (a person or an
 * organisation of the workspace), and what is shown is each id's current
 * name. mentionsIn() reads the ids from the text as written, against the
 * workspace's directory, longest name first so "@Anna Lindqvist" is never
 * taken for an "@Anna".
 */
import type { Mention } from '@samverka/shared';

export interface MentionTarget extends Mention {
  name: string;
}

export interface Directory {
  people: MentionTarget[];
  organisations: MentionTarget[];
}

const byLongestName = (a: MentionTarget, b: MentionTarget) => b.name.length - a.name.length;

/** Each directory entry named after an "@" in the text, once, in the order first named. */
export function mentionsIn(body: string, directory: Directory): Mention[] {
  const targets = [...directory.people, ...directory.organisations]
    .filter((target) => target.name.trim() !== '')
    .sort(byLongestName);
  const text = body.toLocaleLowerCase('sv');
  const found: Mention[] = [];
  let at = text.indexOf('@');
  while (at !== -1) {
    const rest = text.slice(at + 1);
    const target = targets.find((candidate) =>
      rest.startsWith(candidate.name.toLocaleLowerCase('sv')),
    );
    if (target && !found.some((m) => m.kind === target.kind && m.id === target.id)) {
      found.push({ kind: target.kind, id: target.id });
    }
    at = text.indexOf('@', at + 1 + (target?.name.length ?? 0));
  }
  return found;
}

export interface BodyPart {
  text: string;
  mention: boolean;
}

/** The body split so each "@<name of a mentioned id>" can be shown as a mention. */
export function bodyParts(body: string, names: string[]): BodyPart[] {
  const wanted = names
    .filter((name) => name !== '')
    .sort((a, b) => b.length - a.length)
    .map((name) => `@${name}`);
  const parts: BodyPart[] = [];
  let plain = '';
  let index = 0;
  const lower = body.toLocaleLowerCase('sv');
  while (index < body.length) {
    const hit =
      body[index] === '@'
        ? wanted.find((token) => lower.startsWith(token.toLocaleLowerCase('sv'), index))
        : undefined;
    if (hit) {
      if (plain) parts.push({ text: plain, mention: false });
      parts.push({ text: body.slice(index, index + hit.length), mention: true });
      plain = '';
      index += hit.length;
    } else {
      plain += body[index];
      index++;
    }
  }
  if (plain) parts.push({ text: plain, mention: false });
  return parts;
}
