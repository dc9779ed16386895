// The create dialog's defaults and request: required organisations default to those
// represented in the deciding body, the deadline is the end of the chosen day, a subject is
// sent only with sections, and the checks the server would otherwise refuse with a 400.
import type { Body, MemberView } from '@samverka/shared';
import { describe, expect, it } from 'vitest';

import {
  createRequest,
  deadlineFromDateInput,
  formProblem,
  initialFormState,
  organisationsInBody,
} from './decisionForm';

const body = (id: string, authority: Body['authority']): Body => ({
  id,
  workspaceId: 'w',
  name: id,
  kind: authority === 'binding' ? 'steering_group' : 'reference_group',
  authority,
  createdAt: '2026-03-01T00:00:00.000Z',
});

const member = (userId: string, organisationId: string, bodyIds: string[]) =>
  ({ userId, organisationId, bodyIds }) as MemberView;

const bodies = [body('referensgrupp', 'advisory'), body('styrgrupp', 'binding')];
const members = [
  member('anna', 'kommun', ['styrgrupp']),
  member('lena', 'kommun', ['referensgrupp']),
  member('maria', 'ideburen', ['styrgrupp']),
  member('johan', 'fack', ['referensgrupp']),
];

describe('decision form', () => {
  it('lists each organisation represented in a body once', () => {
    expect(organisationsInBody(members, 'styrgrupp')).toEqual(['kommun', 'ideburen']);
    expect(organisationsInBody(members, 'referensgrupp')).toEqual(['kommun', 'fack']);
  });

  it('defaults to the binding body and its organisations, prefilled from the editor', () => {
    const state = initialFormState({
      bodies,
      members,
      subject: { documentId: 'iop', sectionIds: ['contributions'], title: 'Insatser' },
    });
    expect(state).toMatchObject({
      bodyId: 'styrgrupp',
      requiredOrganisationIds: ['kommun', 'ideburen'],
      type: 'document_approval',
      title: 'Insatser',
      documentId: 'iop',
      sectionIds: ['contributions'],
    });
    expect(createRequest(state).subject).toEqual({
      documentId: 'iop',
      sectionIds: ['contributions'],
    });
  });

  it('sends no subject without sections, and the deadline as the end of the local day', () => {
    const state = {
      ...initialFormState({ bodies, members }),
      title: 'Mandat',
      deadline: '2026-03-12',
    };
    const request = createRequest(state);
    expect(request.subject).toBeNull();
    const deadline = new Date(request.deadline!);
    expect([deadline.getFullYear(), deadline.getMonth(), deadline.getDate()]).toEqual([
      2026, 2, 12,
    ]);
    expect([deadline.getHours(), deadline.getMinutes()]).toEqual([23, 59]);
    expect(deadlineFromDateInput('')).toBeNull();
  });

  it('names what is missing before sending', () => {
    const state = initialFormState({ bodies, members });
    expect(formProblem(state)).toBe('titleMissing');
    expect(formProblem({ ...state, title: 'X', requiredOrganisationIds: [] })).toBe(
      'requiredMissing',
    );
    expect(
      formProblem({ ...state, title: 'X', ruleKind: 'lead_authority_after_consultation' }),
    ).toBe('leadMissing');
    expect(formProblem({ ...state, title: 'X' })).toBeNull();
  });
});
