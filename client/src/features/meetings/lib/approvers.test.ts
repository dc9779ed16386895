import type { MemberView, Organisation } from '@samverka/shared';
import { describe, expect, it } from 'vitest';

import { sharedApproverOrganisation } from './approvers';

const organisations = [
  { id: 'kommun', name: 'Ängby kommun' },
  { id: 'af', name: 'Arbetsförmedlingen' },
] as unknown as Organisation[];
const members = [
  { userId: 'anna', organisationId: 'kommun' },
  { userId: 'lena', organisationId: 'kommun' },
  { userId: 'erik', organisationId: 'af' },
] as unknown as MemberView[];

describe('approvers from the same organisation', () => {
  it('names the organisation two approvers share', () => {
    expect(sharedApproverOrganisation(['anna', 'lena'], members, organisations)?.name).toBe(
      'Ängby kommun',
    );
  });

  it('is silent for approvers from different organisations, or a single one', () => {
    expect(sharedApproverOrganisation(['anna', 'erik'], members, organisations)).toBeNull();
    expect(sharedApproverOrganisation(['anna'], members, organisations)).toBeNull();
  });
});
