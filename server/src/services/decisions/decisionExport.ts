/**
 * The decision log of a workspace as a file a secretary keeps: CSV (one row
 * per recorded position, history included, for Excel: UTF-8 with BOM, CRLF,
 * every cell quoted) or Markdown (one section per decision). Swedish, the
 * product's first language.
 */
import { decisionTypeLabels, latestApprovals } from '@samverka/shared';
import type {
  Approval,
  ApprovalVerdict,
  Decision,
  DecisionRule,
  RuleResult,
} from '@samverka/shared';
import type { ServiceContext } from '../context.js';
import { csvCell } from '../csvCell.js';
import { driftOf, readStoredNode } from './decisionWording.js';
import { ruleResultOf } from './decisionViews.js';

export const verdictLabels: Record<ApprovalVerdict, string> = {
  approve: 'Godkänner',
  approve_with_reservation: 'Godkänner med reservation',
  reject: 'Avslår',
  abstain: 'Avstår',
  pending_anchoring: 'Förankring pågår',
};

const statusLabels: Record<Decision['status'], string> = {
  draft: 'Utkast',
  open: 'Öppet',
  decided: 'Beslutat',
  rejected: 'Avslaget',
  withdrawn: 'Återkallat',
};

const outcomeLabels: Record<RuleResult['outcome'], string> = {
  decided: 'Beslutat',
  rejected: 'Avslaget',
  pending: 'Inväntar',
};

function ruleLabel(rule: DecisionRule, organisationName: (id: string) => string): string {
  switch (rule.kind) {
    case 'consent_all_parties':
      return 'Samtliga parters samtycke';
    case 'majority_of_organisations':
      return 'Majoritet av organisationerna';
    case 'lead_authority_after_consultation':
      return `Huvudman beslutar efter samråd (${organisationName(rule.leadOrganisationId)})`;
  }
}

/** One decision with everything the log shows about it. */
interface DecisionEntry {
  decision: Decision;
  approvals: Approval[];
  result: RuleResult;
  /** Hash of the subject wording now (null: a section is gone). */
  currentHash: string | null;
  drifted: boolean;
}

interface Names {
  organisation(id: string): string;
  body(id: string): string;
  user(id: string): string;
  document(id: string): string;
}

async function collect(ctx: ServiceContext, workspaceId: string) {
  const [decisions, organisations, bodies, documents] = await Promise.all([
    ctx.store.decisions.listByWorkspace(workspaceId),
    ctx.store.organisations.listByWorkspace(workspaceId),
    ctx.store.bodies.listByWorkspace(workspaceId),
    ctx.store.documentRecords.listByWorkspace(workspaceId),
  ]);
  const approvals = await ctx.store.approvals.listByWorkspace(workspaceId, 'decision');
  const users = await ctx.store.users.findManyByIds([
    ...new Set(approvals.map((a) => a.recordedBy)),
  ]);
  const lookup = (list: readonly { id: string; name?: string; title?: string }[]) => {
    const map = new Map(list.map((item) => [item.id, item.name ?? item.title ?? '']));
    return (id: string) => map.get(id) ?? id;
  };
  const names: Names = {
    organisation: lookup(organisations),
    body: lookup(bodies),
    user: lookup(users),
    document: lookup(documents),
  };
  const liveDocuments = new Set(documents.map((document) => document.id));
  const nodes = new Map<string, Awaited<ReturnType<typeof readStoredNode>>>();
  const entries: DecisionEntry[] = [];
  for (const decision of decisions) {
    const own = approvals.filter((a) => a.subject.id === decision.id);
    const documentId = decision.subject?.documentId;
    if (documentId !== undefined && decision.status !== 'draft' && !nodes.has(documentId)) {
      nodes.set(
        documentId,
        liveDocuments.has(documentId)
          ? await readStoredNode(ctx.store.documents, documentId)
          : null,
      );
    }
    const drift = driftOf(
      decision,
      documentId === undefined ? null : (nodes.get(documentId) ?? null),
    );
    entries.push({
      decision,
      approvals: own,
      result: ruleResultOf(decision, own, ctx.now()),
      currentHash: drift.currentContentHash,
      drifted: drift.changed,
    });
  }
  return { entries, names };
}

const CSV_HEADER = [
  'Beslut-ID',
  'Rubrik',
  'Typ',
  'Beslutande organ',
  'Beslutsregel',
  'Status',
  'Dokument',
  'Avsnitt',
  'Öppnat',
  'Sista dag',
  'Organisation',
  'Ställningstagande',
  'Motivering',
  'Registrerat av',
  'Enligt uppgift från',
  'Registrerat',
  'Gällande ställningstagande',
  'Lydelsen ändrad sedan',
  'Regelns utfall',
  'Stängt',
  'Beslutsformulering',
  'Motivering till avvikelse',
];

export async function exportDecisionsCsv(
  ctx: ServiceContext,
  workspaceId: string,
): Promise<string> {
  const { entries, names } = await collect(ctx, workspaceId);
  const rows: (string | null)[][] = [];
  for (const { decision, approvals, result, currentHash } of entries) {
    const latest = new Set(latestApprovals(approvals).map((a) => a.id));
    const common = [
      decision.id,
      decision.title,
      decisionTypeLabels[decision.type].sv,
      names.body(decision.bodyId),
      ruleLabel(decision.rule, names.organisation),
      statusLabels[decision.status],
      decision.subject ? names.document(decision.subject.documentId) : null,
      decision.subject?.sections.map((s) => s.heading).join('; ') ?? null,
      decision.openedAt,
      decision.deadline,
    ];
    const closing = [
      outcomeLabels[result.outcome],
      decision.closedAt,
      decision.outcomeStatement,
      decision.overrideStatement,
    ];
    if (approvals.length === 0) {
      rows.push([...common, null, null, null, null, null, null, null, null, ...closing]);
    }
    for (const approval of approvals) {
      const organisationId =
        approval.approver.kind === 'organisation' ? approval.approver.organisationId : null;
      rows.push([
        ...common,
        organisationId === null ? null : names.organisation(organisationId),
        verdictLabels[approval.verdict],
        approval.reason,
        names.user(approval.recordedBy),
        approval.onBehalf?.statedBy ?? null,
        approval.recordedAt,
        latest.has(approval.id) ? 'ja' : 'nej',
        approval.contentHash !== currentHash ? 'ja' : 'nej',
        ...closing,
      ]);
    }
  }
  const lines = [CSV_HEADER, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Markdown text: escapes what would turn into markup. */
const md = (text: string) => text.replace(/([\\`*_[\]#<>|])/g, '\\$1').replace(/\n/g, '  \n');

export async function exportDecisionsMarkdown(
  ctx: ServiceContext,
  workspaceId: string,
  workspaceName: string,
): Promise<string> {
  const { entries, names } = await collect(ctx, workspaceId);
  const out: string[] = [`# Beslutslogg – ${md(workspaceName)}`, ''];
  out.push(`Exporterad ${ctx.now().toISOString()}.`, '');
  for (const { decision, approvals, result, drifted } of entries) {
    out.push(`## ${md(decision.title)}`, '');
    out.push(`- Typ: ${decisionTypeLabels[decision.type].sv}`);
    out.push(`- Beslutande organ: ${md(names.body(decision.bodyId))}`);
    out.push(`- Beslutsregel: ${md(ruleLabel(decision.rule, names.organisation))}`);
    out.push(`- Status: ${statusLabels[decision.status]}`);
    if (decision.deadline) out.push(`- Sista dag: ${decision.deadline}`);
    if (decision.subject) {
      const headings = decision.subject.sections.map((s) => md(s.heading)).join(', ');
      out.push(`- Gäller: ${md(names.document(decision.subject.documentId))} – ${headings}`);
    }
    out.push(
      `- Regelns utfall: ${outcomeLabels[result.outcome]} (${result.approving.length} av ${decision.requiredOrganisationIds.length} organisationer har godkänt)`,
    );
    if (drifted) out.push('- **Lydelsen har ändrats sedan beslutet öppnades.**');
    out.push('');
    if (decision.proposal) out.push(`Förslag: ${md(decision.proposal)}`, '');
    if (approvals.length > 0) {
      out.push('| Organisation | Ställningstagande | Motivering | Registrerat av | Tidpunkt |');
      out.push('| --- | --- | --- | --- | --- |');
      for (const approval of approvals) {
        const organisation =
          approval.approver.kind === 'organisation'
            ? names.organisation(approval.approver.organisationId)
            : names.user(approval.approver.userId);
        const by = approval.onBehalf
          ? `${names.user(approval.recordedBy)} enligt ${approval.onBehalf.statedBy}`
          : names.user(approval.recordedBy);
        const cells = [organisation, verdictLabels[approval.verdict], approval.reason ?? '', by];
        out.push(
          `| ${cells.map((c) => md(c).replace(/ {2}\n/g, ' ')).join(' | ')} | ${approval.recordedAt} |`,
        );
      }
      out.push('');
    }
    if (decision.outcomeStatement) {
      out.push(`Beslut (${decision.closedAt ?? ''}): ${md(decision.outcomeStatement)}`, '');
    }
    if (decision.overrideStatement) {
      out.push(
        `Motivering till avvikelse från regelns utfall: ${md(decision.overrideStatement)}`,
        '',
      );
    }
  }
  return out.join('\n');
}
