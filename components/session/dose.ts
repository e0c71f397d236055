/** The one dose wording (server/domain/dose.ts), for the session components. */
export { formatDose } from "@/server/domain/dose";
