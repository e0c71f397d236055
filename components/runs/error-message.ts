/**
 * The sentence to show for a failed call: the server's field messages when zod refused the
 * input, its own message for a service refusal, or the fallback when there is nothing readable.
 */
export function errorMessage(error: unknown, fallback: string): string {
  if (error && typeof error === "object" && "data" in error) {
    const data = (error as { data?: { fieldErrors?: Record<string, string[] | undefined> } }).data;
    const messages = Object.values(data?.fieldErrors ?? {})
      .flat()
      .filter((message): message is string => Boolean(message));
    if (messages.length > 0) return [...new Set(messages)].join(" ");
  }
  if (error instanceof Error) {
    const message = error.message.trim();
    // A raw zod issue list or a network failure is no sentence for a person.
    if (message && !message.startsWith("[") && !message.startsWith("{") && message !== "Failed to fetch")
      return message;
  }
  return fallback;
}
