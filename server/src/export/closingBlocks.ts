/**
 * What an export ends with: an IOP agreement gets a signature block per
 * party (organisation, place and date, signature, name, title), minutes the
 * approval (justering) block. Recorded sign-offs and approvals fill their
 * lines; lines nobody has filled stay blank to sign on paper. Every
 * renderer prints this same model.
 */
import type { ExportMetadata, ExportSignOff } from './exportInput.js';
import { exportLabels, isoDay } from './exportLabels.js';

export interface ClosingField {
  label: string;
  /** Null prints a blank line to write on. */
  value: string | null;
}

export interface ClosingGroup {
  title: string;
  fields: ClosingField[];
  /** A recorded electronic approval, printed under the group. */
  recorded: string | null;
}

export interface ClosingSection {
  /** Null when the document already ends with this section's heading (the templates do). */
  heading: string | null;
  intro: string | null;
  groups: ClosingGroup[];
  /** Printed after the groups (what a recorded approval is and is not). */
  note: string | null;
}

function signatureGroup(
  metadata: ExportMetadata,
  organisation: string,
  signOff: ExportSignOff | undefined,
): ClosingGroup {
  const labels = exportLabels(metadata.language);
  return {
    title: organisation,
    fields: [
      { label: labels.placeAndDate, value: null },
      { label: labels.signature, value: null },
      { label: labels.nameClarification, value: signOff?.name ?? null },
      { label: labels.title, value: signOff?.title ?? null },
    ],
    recorded: signOff
      ? `${labels.signedFor(signOff.organisation)}: ${[signOff.name, signOff.title]
          .filter((part) => part)
          .join(', ')}, ${isoDay(signOff.date)}`
      : null,
  };
}

function signatureSection(metadata: ExportMetadata): ClosingSection {
  const labels = exportLabels(metadata.language);
  const parties = [...metadata.parties];
  // A sign-off from an organisation that has since left the workspace is still printed.
  for (const signOff of metadata.signOffs) {
    if (!parties.includes(signOff.organisation)) parties.push(signOff.organisation);
  }
  return {
    heading: labels.signatures,
    intro: labels.signaturesIntro,
    groups: parties.map((organisation) =>
      signatureGroup(
        metadata,
        organisation,
        metadata.signOffs.find((signOff) => signOff.organisation === organisation),
      ),
    ),
    note: metadata.signOffs.length > 0 ? labels.signedNote : null,
  };
}

function approvalSection(metadata: ExportMetadata): ClosingSection {
  const labels = exportLabels(metadata.language);
  // Two approvers (ordförande and justerare) to write in by hand when none are named.
  const approvers =
    metadata.approvers.length > 0
      ? metadata.approvers
      : [
          { name: null, organisation: null, date: null },
          { name: null, organisation: null, date: null },
        ];
  return {
    heading: labels.approval,
    intro: labels.approvalIntro,
    groups: approvers.map((approver, index) => ({
      title: `${labels.approver} ${index + 1}`,
      fields: [
        { label: labels.signature, value: null },
        { label: labels.nameClarification, value: approver.name },
        { label: labels.organisation, value: approver.organisation },
        { label: labels.date, value: approver.date ? isoDay(approver.date) : null },
      ],
      recorded: null,
    })),
    note: null,
  };
}

/** Sign-offs recorded on a version of a document that has no signature block of its own. */
function signOffSection(metadata: ExportMetadata): ClosingSection {
  const labels = exportLabels(metadata.language);
  return {
    heading: labels.signOffs,
    intro: null,
    groups: metadata.signOffs.map((signOff) =>
      signatureGroup(metadata, signOff.organisation, signOff),
    ),
    note: labels.signedNote,
  };
}

function sectionFor(metadata: ExportMetadata): ClosingSection | null {
  if (metadata.template === 'iop_agreement') return signatureSection(metadata);
  if (metadata.template === 'minutes') return approvalSection(metadata);
  return metadata.signOffs.length > 0 ? signOffSection(metadata) : null;
}

/** The heading without its clause number, for comparing ("13 Underskrifter" is "underskrifter"). */
function bareHeading(text: string): string {
  return text
    .replace(/^[\d.]+\s+/, '')
    .trim()
    .toLocaleLowerCase('sv');
}

/**
 * The closing section the document's template (or its recorded sign-offs)
 * calls for, or null. The IOP agreement and minutes templates end with an
 * "Underskrifter" / "Justering" section of their own: the block then
 * continues that section instead of repeating its heading.
 */
export function closingSection(
  metadata: ExportMetadata,
  lastHeading: string | null,
): ClosingSection | null {
  const section = sectionFor(metadata);
  if (!section || lastHeading === null) return section;
  const own = exportLabels(metadata.language);
  const key = (['signatures', 'approval', 'signOffs'] as const).find(
    (name) => own[name] === section.heading,
  );
  const continuesDocument =
    key !== undefined &&
    [exportLabels('sv')[key], exportLabels('en')[key]].some(
      (heading) => bareHeading(heading) === bareHeading(lastHeading),
    );
  return continuesDocument ? { ...section, heading: null } : section;
}

/** The header line under the title: workspace · version · date. */
export function headerLine(metadata: ExportMetadata): string {
  const labels = exportLabels(metadata.language);
  const version = metadata.versionLabel
    ? `${labels.version}: ${metadata.versionLabel}`
    : labels.currentState;
  return `${metadata.workspaceName} · ${version} · ${labels.exported}: ${isoDay(metadata.date)}`;
}
