/**
 * A few realistic comment threads on the demo's draft IOP agreement, made
 * through the ordinary comment services and recorded as the people who wrote
 * them (so the activity feed and notifications read as they would live):
 * the union's commenter questions a clause and the coordinator answers; an
 * idea-based organisation comments on the whole draft, and the coordinator
 * resolves it.
 */
import type { Mention } from '@samverka/shared';
import * as Y from 'yjs';
import { runWithActor } from '../events/requestContext.js';
import { loadStoredDoc } from '../services/commentAnchors.js';
import { createThread, replyToThread, setThreadStatus } from '../services/commentThreads.js';
import type { ServiceContext } from '../services/context.js';
import { EDITOR_FRAGMENT } from '../services/templateContent.js';
import type { DocumentRecord, UserRecord } from '../store/port.js';

/**
 * Text to anchor the union's comment on: the first paragraph with some text,
 * else (a fresh template has empty clauses under its headings) the first
 * heading long enough to be a clause's title.
 */
function firstClause(doc: Y.Doc): { text: Y.XmlText; length: number } | null {
  const texts = (nodeName: string, min: number) =>
    doc
      .getXmlFragment(EDITOR_FRAGMENT)
      .toArray()
      .filter((block): block is Y.XmlElement => block instanceof Y.XmlElement)
      .filter((block) => block.nodeName === nodeName)
      .map((block) => block.get(0))
      .filter((text): text is Y.XmlText => text instanceof Y.XmlText && text.length >= min);
  const text = texts('paragraph', 20)[0] ?? texts('heading', 10)[0];
  return text ? { text, length: text.length } : null;
}

export async function seedDemoThreads(props: {
  ctx: ServiceContext;
  document: DocumentRecord;
  coordinator: UserRecord;
  unionMember: UserRecord;
  ideaBasedMember: UserRecord;
}): Promise<void> {
  const { ctx, document } = props;
  const { workspaceId } = document;
  const as = async (user: UserRecord) => {
    const membership = (await ctx.store.memberships.findByUser(workspaceId, user.id))!;
    const organisation = await ctx.store.organisations.findById(
      workspaceId,
      membership.organisationId,
    );
    const actor = {
      userId: user.id,
      name: user.name,
      organisationId: membership.organisationId,
      organisationName: organisation?.name ?? null,
      onBehalfOf: null,
    };
    return {
      by: { userId: user.id, membership },
      run: <T>(fn: () => Promise<T>) => runWithActor(actor, fn),
    };
  };
  const union = await as(props.unionMember);
  const coordinator = await as(props.coordinator);
  const ideaBased = await as(props.ideaBasedMember);

  const doc = await loadStoredDoc(ctx.store.documents, document.id);
  const clause = firstClause(doc);
  const anchor = clause && {
    from: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(clause.text, 0, 0)),
    to: Y.relativePositionToJSON(
      Y.createRelativePositionFromTypeIndex(clause.text, clause.length, -1),
    ),
    quote: clause.text.toString().slice(0, 200),
  };
  doc.destroy();

  const coordinatorMention: Mention[] = [{ kind: 'person', id: props.coordinator.id }];
  const question = await union.run(() =>
    createThread({
      ctx,
      document,
      by: union.by,
      input: {
        ...(anchor ? { anchor } : {}),
        body:
          'Vi saknar en skrivning här om hur de anställdas arbetsmiljö säkras när ' +
          'verksamheten drivs i samverkan. Kan vi lägga till det?',
        mentions: coordinatorMention,
      },
    }),
  );
  await coordinator.run(() =>
    replyToThread({
      ctx,
      thread: question,
      title: document.title,
      by: coordinator.by,
      input: {
        body: 'Bra synpunkt. Jag föreslår en mening om arbetsmiljöansvar till nästa styrgruppsmöte.',
        mentions: [],
      },
    }),
  );
  const overall = await ideaBased.run(() =>
    createThread({
      ctx,
      document,
      by: ideaBased.by,
      input: {
        body: 'Överlag ser utkastet bra ut från vår sida. Styrelsen behandlar det den 14 maj.',
        mentions: [],
      },
    }),
  );
  await coordinator.run(() =>
    setThreadStatus({
      ctx,
      thread: overall,
      title: document.title,
      byUserId: props.coordinator.id,
      status: 'resolved',
    }),
  );
}
