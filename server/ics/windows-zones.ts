import { findIana } from "windows-iana";

/**
 * Outlook and Exchange name zones the Windows way. The Windows zone IDs ("W. Europe Standard
 * Time") map to IANA zones through the CLDR windowsZones table (the windows-iana package).
 * Some exports carry the zone's display name instead ("(UTC-05:00) Eastern Time (US & Canada)"):
 * CLDR has no table for those, so the most used ones are listed here by the cities they name,
 * and any other is read at the fixed offset it states.
 */

/** Display-name descriptions (after the "(UTC+hh:mm)" prefix, normalised) -> Windows zone ID. */
const DISPLAY_NAMES: Record<string, string> = {
  "international date line west": "Dateline Standard Time",
  hawaii: "Hawaiian Standard Time",
  alaska: "Alaskan Standard Time",
  "pacific time (us and canada)": "Pacific Standard Time",
  arizona: "US Mountain Standard Time",
  "mountain time (us and canada)": "Mountain Standard Time",
  "central time (us and canada)": "Central Standard Time",
  "guadalajara, mexico city, monterrey": "Central Standard Time (Mexico)",
  saskatchewan: "Canada Central Standard Time",
  "eastern time (us and canada)": "Eastern Standard Time",
  "bogota, lima, quito, rio branco": "SA Pacific Standard Time",
  "atlantic time (canada)": "Atlantic Standard Time",
  newfoundland: "Newfoundland Standard Time",
  brasilia: "E. South America Standard Time",
  "city of buenos aires": "Argentina Standard Time",
  "buenos aires": "Argentina Standard Time",
  "coordinated universal time": "UTC",
  "dublin, edinburgh, lisbon, london": "GMT Standard Time",
  "monrovia, reykjavik": "Greenwich Standard Time",
  "amsterdam, berlin, bern, rome, stockholm, vienna": "W. Europe Standard Time",
  "belgrade, bratislava, budapest, ljubljana, prague": "Central Europe Standard Time",
  "brussels, copenhagen, madrid, paris": "Romance Standard Time",
  "sarajevo, skopje, warsaw, zagreb": "Central European Standard Time",
  "west central africa": "W. Central Africa Standard Time",
  "athens, bucharest": "GTB Standard Time",
  cairo: "Egypt Standard Time",
  "harare, pretoria": "South Africa Standard Time",
  "helsinki, kyiv, riga, sofia, tallinn, vilnius": "FLE Standard Time",
  "helsinki, kiev, riga, sofia, tallinn, vilnius": "FLE Standard Time",
  jerusalem: "Israel Standard Time",
  istanbul: "Turkey Standard Time",
  "moscow, st. petersburg": "Russian Standard Time",
  "moscow, st. petersburg, volgograd": "Russian Standard Time",
  nairobi: "E. Africa Standard Time",
  "abu dhabi, muscat": "Arabian Standard Time",
  "chennai, kolkata, mumbai, new delhi": "India Standard Time",
  "beijing, chongqing, hong kong, urumqi": "China Standard Time",
  "kuala lumpur, singapore": "Singapore Standard Time",
  perth: "W. Australia Standard Time",
  "osaka, sapporo, tokyo": "Tokyo Standard Time",
  seoul: "Korea Standard Time",
  adelaide: "Cen. Australia Standard Time",
  brisbane: "E. Australia Standard Time",
  "canberra, melbourne, sydney": "AUS Eastern Standard Time",
  "auckland, wellington": "New Zealand Standard Time",
};

const DISPLAY_PREFIX = /^\((?:UTC|GMT)(?:([+-])(\d{1,2}):(\d{2}))?\)\s*(.*)$/i;

/** The IANA zone CLDR gives a Windows zone ID for the world ("001" territory). */
export function ianaForWindowsId(id: string): string | undefined {
  return findIana(id, "001")[0] ?? findIana(id)[0];
}

export interface DisplayNameZone {
  zone: string;
  /** True when only the stated offset was understood, so daylight saving time is not applied. */
  fixedOffset: boolean;
}

/** Reads an Outlook display name such as "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna". */
export function zoneForDisplayName(name: string): DisplayNameZone | undefined {
  const match = DISPLAY_PREFIX.exec(name.trim());
  if (!match) return undefined;
  const [, sign, hours, minutes, rest] = match;
  const description = (rest ?? "").toLowerCase().replace(/&/g, "and").replace(/\s+/g, " ").trim();
  const id = DISPLAY_NAMES[description];
  const zone = id ? ianaForWindowsId(id) : undefined;
  if (zone) return { zone, fixedOffset: false };
  if (!sign) return { zone: "UTC", fixedOffset: true };
  // Etc/GMT zones have the POSIX sign: Etc/GMT+5 is five hours behind UTC. Whole hours only.
  if (minutes !== "00") return undefined;
  const offset = Number(hours);
  return offset === 0
    ? { zone: "UTC", fixedOffset: true }
    : { zone: `Etc/GMT${sign === "+" ? "-" : "+"}${offset}`, fixedOffset: true };
}
