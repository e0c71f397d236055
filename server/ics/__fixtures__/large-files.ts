import { calendar } from "./calendar";

/**
 * Files of a given size for the 5 MB / 2 s rule: a plain export (timed events in a named zone,
 * some weekly series, half of them runs) and a mix of the hostile events real exports contain.
 */

const TITLES = ["Easy 8 km", "Team standup", "Long run 20 km", "Dentist", "Tempo run 6 mi", "Lunch with Sam"];

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

function plainEvent(i: number): string {
  const month = pad((i % 12) + 1);
  const day = pad((i % 28) + 1);
  const hour = pad(6 + (i % 12));
  const lines = [
    `UID:plain-${i}@example.com`,
    `DTSTAMP:20260101T120000Z`,
    `DTSTART;TZID=Europe/Berlin:2026${month}${day}T${hour}3000`,
    `DTEND;TZID=Europe/Berlin:2026${month}${day}T${hour}5500`,
    `SUMMARY:${TITLES[i % TITLES.length]}`,
    `DESCRIPTION:Planned in the coach's spreadsheet\\, week ${i % 16}`,
    `LOCATION:Park`,
    `SEQUENCE:0`,
  ];
  if (i % 50 === 0) lines.push("RRULE:FREQ=WEEKLY;COUNT=16");
  return lines.join("\n");
}

export const HOSTILE_EVENTS = [
  "DTSTART:20260302T070000Z\nDURATION:P999999999999999999W",
  "DTSTART:19970701T120000Z\nDTEND:19970701T1300Z",
  "DTSTART;VALUE=DATE:20260303\nRRULE:FREQ=WEEKLY;BYDAY= TU",
  "DTSTART;VALUE=DATE:20260304\nRRULE:FREQ=MONTHLY;BYMONTH=13",
  "DTSTART;VALUE=DATE:20260518\nRRULE:FREQ=YEARLY;BYDAY=20MO",
  "DTSTART;VALUE=DATE:19000101\nRRULE:FREQ=YEARLY;BYWEEKNO=53;BYDAY=SU;BYMONTH=1",
  "DTSTART:19000101T070000Z\nRRULE:FREQ=DAILY;COUNT=999999999999999999",
  "DTSTART:19000101T070000Z\nRRULE:FREQ=DAILY;COUNT=99999",
  "DTSTART:19000101T070000Z\nRRULE:FREQ=MONTHLY;BYDAY=-1FR;BYSETPOS=1;COUNT=5000",
  "DTSTART:20190101\nRRULE:FREQ=WEEKLY;INTERVAL=2\nEXDATE:20200116",
  "DTSTART;TZID=(UTC-05:00) Eastern Time (US & Canada):20260310T200000\nRRULE:FREQ=DAILY",
];

/** Events until the file holds about `bytes` characters (CRLF line ends included). */
function fill(bytes: number, event: (i: number) => string): string {
  const events: string[] = [];
  let size = 60;
  for (let i = 0; size < bytes; i++) {
    const text = event(i);
    events.push(text);
    size += text.length + text.split("\n").length + 27; // a CR per line, the BEGIN and END lines
  }
  return calendar(...events);
}

export function plainExport(bytes: number): string {
  return fill(bytes, plainEvent);
}

export function hostileMix(bytes: number): string {
  return fill(
    bytes,
    (i) =>
      `UID:h${i}\n${HOSTILE_EVENTS[i % HOSTILE_EVENTS.length]}\nSUMMARY:Tempo run 8 km\nDESCRIPTION:${"x".repeat(60)}`,
  );
}
