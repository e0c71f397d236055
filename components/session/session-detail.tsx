"use client";

import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { formatDay } from "@/components/ui/dates";
import { Notice } from "@/components/ui/notice";
import { SessionLogPanel } from "@/components/checkoff/session-log-panel";
import { LOAD_BADGE, LOAD_LABEL } from "@/components/plan/labels";
import { ChangeList } from "@/components/history/change-list";
import { CommentThread } from "@/components/comments/comment-thread";
import { formatDose } from "./dose";
import { PrescriptionEditor } from "./prescription-editor";
import { SwapMenu } from "./swap-menu";
import { plannedLoad, SessionOutline } from "./session-outline";
import { useAthleteScope } from "@/components/athlete/scope";

export function SessionDetail({ sessionId }: { sessionId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { basePath } = useAthleteScope();
  const { data: session } = useSuspenseQuery(trpc.plans.session.queryOptions({ sessionId }));
  const profile = useQuery(trpc.profile.get.queryOptions());
  const unit = profile.data?.units === "mi" ? "lb" : "kg";
  const [short, setShort] = useState(false);
  const shortIds = new Set(session.shortVersion);
  const shown = short ? session.exercises.filter((e) => shortIds.has(e.exerciseId)) : session.exercises;
  const swap = useMutation(
    trpc.plans.swapExercise.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.plans.session.queryKey({ sessionId }) }),
    }),
  );

  return (
    <div className="space-y-6">
      <div>
        <Link
          href={`${basePath}/week?date=${session.date}`}
          className="text-sm font-medium text-brand underline-offset-4 hover:underline"
        >
          <span aria-hidden="true">←</span> Back to the week
        </Link>
        <h1 className="mt-2 text-2xl font-bold tracking-tight sm:text-3xl">{formatDay(session.date, "EEEE d MMMM")}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <span className={cx("rounded-md px-2 py-0.5 text-sm font-semibold", LOAD_BADGE[session.load])}>
            {LOAD_LABEL[session.load]}
          </span>
          <span className="text-muted">
            {session.focus} · week {session.weekIndex}
            {session.minutes ? ` · about ${session.minutes} min` : ""}
            {session.optional ? " · optional" : ""}
          </span>
          <a
            href={`/api/sessions/${session.id}/ics`}
            className="ml-auto text-sm font-medium text-brand underline-offset-4 hover:underline"
          >
            Add to calendar (.ics)
          </a>
        </div>
      </div>

      <SessionLogPanel session={session} />

      <Card>
        <h2 className="font-semibold">Why this day and this load</h2>
        <ul className="mt-2 space-y-1.5 text-sm">
          {session.reasons.map((reason, index) => (
            <li key={`${reason.rule}-${index}`} className="flex gap-2">
              <span aria-hidden="true" className="mt-1.5 size-1.5 shrink-0 rounded-full bg-brand" />
              <span>{reason.text}</span>
            </li>
          ))}
        </ul>
      </Card>

      <SessionOutline
        minutes={session.minutes}
        warmUp={session.warmUp}
        shortAvailable={session.shortVersion.length > 0 && session.shortVersion.length < session.exercises.length}
        short={short}
        onShortChange={setShort}
      />

      {swap.error ? <Notice tone="error">{swap.error.message}</Notice> : null}
      <ol className="space-y-3" aria-label={short ? "The 15-minute version" : "Exercises"}>
        {shown.map((exercise) => (
          <li key={exercise.position}>
            <Card className="space-y-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h3 className="text-lg font-semibold">{exercise.name}</h3>
                  <p className="text-base font-medium">{formatDose(exercise)}</p>
                  <p className="text-sm text-muted">
                    {exercise.loadKg ? (
                      <span className="font-semibold">{plannedLoad(exercise.loadKg, unit)} · </span>
                    ) : null}
                    {exercise.intensity}
                  </p>
                  {exercise.why ? <p className="mt-1 text-sm">{exercise.why}</p> : null}
                </div>
                <SwapMenu
                  name={exercise.name}
                  swaps={exercise.swaps}
                  onSwap={(exerciseId) => swap.mutate({ sessionId, position: exercise.position, exerciseId })}
                />
              </div>
              <ol className="list-decimal space-y-1 pl-5 text-sm text-muted">
                {exercise.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
            </Card>
          </li>
        ))}
      </ol>

      {session.status === "planned" ? <PrescriptionEditor sessionId={sessionId} exercises={session.exercises} /> : null}
      <CommentThread subject={{ sessionId }} title="Comments on this session" />
      <ChangeList sessionId={sessionId} />
    </div>
  );
}
