import {
  athleteIdSchema,
  invitationAnswerSchema,
  invitationRefSchema,
  invitationTokenRefSchema,
  inviteSchema,
  linkRefSchema,
} from "../../schemas/coaching";
import { acceptInvitation } from "../../services/coaching/accept";
import { coachedAthletes } from "../../services/coaching/athlete-list";
import { athleteProfile } from "../../services/coaching/athlete-profile";
import { declineInvitation, withdrawInvitation } from "../../services/coaching/decline";
import { endLink } from "../../services/coaching/end-link";
import { invitationByToken } from "../../services/coaching/invitation-by-token";
import { invite } from "../../services/coaching/invite";
import { invitationsWaiting } from "../../services/coaching/invitations-waiting";
import { listLinks } from "../../services/coaching/list-links";
import { protectedProcedure, publicProcedure, router } from "../init";

export const coachingRouter = router({
  invite: protectedProcedure
    .input(inviteSchema)
    .mutation(({ ctx, input }) => invite(ctx.db, ctx.userId, input, ctx.now())),
  listLinks: protectedProcedure.query(({ ctx }) => listLinks(ctx.db, ctx.userId, ctx.now())),
  invitationsWaiting: protectedProcedure.query(({ ctx }) =>
    invitationsWaiting(ctx.db, ctx.userId, ctx.now(), ctx.viewer),
  ),
  invitationByToken: publicProcedure
    .input(invitationTokenRefSchema)
    .query(({ ctx, input }) => invitationByToken(ctx.db, input.token, ctx.now())),
  accept: protectedProcedure
    .input(invitationAnswerSchema)
    .mutation(({ ctx, input }) => acceptInvitation(ctx.db, ctx.userId, input, ctx.now())),
  decline: protectedProcedure
    .input(invitationAnswerSchema)
    .mutation(({ ctx, input }) => declineInvitation(ctx.db, ctx.userId, input, ctx.now())),
  withdraw: protectedProcedure
    .input(invitationRefSchema)
    .mutation(({ ctx, input }) => withdrawInvitation(ctx.db, ctx.userId, input.invitationId)),
  athletes: protectedProcedure.query(({ ctx }) => coachedAthletes(ctx.db, ctx.userId, ctx.now())),
  athlete: protectedProcedure
    .input(athleteIdSchema)
    .query(({ ctx, input }) => athleteProfile(ctx.db, ctx.userId, input.athleteId)),
  endLink: protectedProcedure
    .input(linkRefSchema)
    .mutation(({ ctx, input }) => endLink(ctx.db, ctx.userId, input, ctx.now())),
});
