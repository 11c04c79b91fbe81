import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";

// The e2e server's SMTP sink writes every e-mail the job worker sends as an .eml file here (same
// machine; scripts/e2e-server.ts), so a test reads what a user's mailbox would receive.
const mailDir = path.resolve(`.data/e2e-mail-${process.env.E2E_DB_PORT ?? 54339}`);

/** The e-mail to `to` whose subject or text contains `text`, if it has arrived. */
export async function findMail(to: string, text: string): Promise<ParsedMail | null> {
  let files: string[] = [];
  try {
    files = readdirSync(mailDir).filter((f) => f.endsWith(".eml"));
  } catch {
    return null;
  }
  for (const f of files) {
    const mail = await simpleParser(readFileSync(path.join(mailDir, f)));
    const rcpt = Array.isArray(mail.to) ? mail.to.flatMap((a) => a.value) : (mail.to?.value ?? []);
    if (rcpt.some((a) => a.address === to) && `${mail.subject} ${mail.text}`.includes(text)) return mail;
  }
  return null;
}
