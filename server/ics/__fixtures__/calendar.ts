/** A minimal VCALENDAR around the given VEVENT bodies (LF-separated lines), with CRLF line ends. */
export function calendar(...events: string[]): string {
  const body = events.map((event) => `BEGIN:VEVENT\n${event.trim()}\nEND:VEVENT`).join("\n");
  return `BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n${body}\nEND:VCALENDAR\n`.replace(/\n/g, "\r\n");
}
