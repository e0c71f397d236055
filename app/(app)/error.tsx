"use client";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

export default function SignedInError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <Notice tone="error" title="Something went wrong loading this page.">
        Your data is safe. Try again, and if it keeps happening, reload the page.
      </Notice>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
