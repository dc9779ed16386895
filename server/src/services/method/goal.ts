/**
 * The workspace's goal for social requirements in service procurements
 * (issue 15): stored per workspace, 50 % (Göteborg's goal) until an admin
 * sets another. The dashboard and its CSV read it from here.
 */
import { DEFAULT_SOCIAL_REQUIREMENT_GOAL_PERCENT } from '@samverka/shared';
import type { WorkspaceRecord } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { recordChange } from '../recordChange.js';

export async function socialRequirementGoal(
  ctx: ServiceContext,
  workspaceId: string,
): Promise<number> {
  const settings = await ctx.store.methodSettings.find(workspaceId);
  return settings?.socialRequirementGoalPercent ?? DEFAULT_SOCIAL_REQUIREMENT_GOAL_PERCENT;
}

export async function setSocialRequirementGoal(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  byUserId: string;
  goalPercent: number;
}): Promise<number> {
  const { ctx, workspace } = props;
  // One decimal is as fine as the dashboard shows it.
  const goalPercent = Math.round(props.goalPercent * 10) / 10;
  await recordChange(ctx, {
    workspaceId: workspace.id,
    action: 'process:configure',
    object: { type: 'workspace', id: workspace.id },
    change: () =>
      ctx.store.methodSettings.put({
        id: workspace.id,
        workspaceId: workspace.id,
        socialRequirementGoalPercent: goalPercent,
        updatedBy: props.byUserId,
        updatedAt: ctx.now().toISOString(),
      }),
    payload: (previous) => ({
      socialRequirementGoalPercent: goalPercent,
      previous: previous?.socialRequirementGoalPercent ?? DEFAULT_SOCIAL_REQUIREMENT_GOAL_PERCENT,
    }),
  });
  return goalPercent;
}
