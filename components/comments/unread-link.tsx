"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/trpc/client";
import { threadHref } from "./unread";

/** The navigation's unread-comments count, linking to the oldest-named thread waiting. Hidden at zero. */
export function UnreadCommentsLink() {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.comments.unread.queryOptions({}), refetchInterval: 60_000 });
  const first = data?.threads[0];
  if (!data || data.total === 0 || !first) return null;
  const label = `${data.total} unread comment${data.total === 1 ? "" : "s"}`;
  return (
    <Link
      href={threadHref(first)}
      className="inline-flex min-h-11 items-center gap-1.5 rounded-md px-2 text-sm font-medium text-fg hover:bg-raised"
      data-testid="unread-comments"
    >
      <span aria-hidden="true" className="rounded-full bg-brand px-2 py-0.5 text-xs font-semibold text-on-brand">
        {data.total}
      </span>
      <span className="sr-only sm:not-sr-only">{label}</span>
    </Link>
  );
}
