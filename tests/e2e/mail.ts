import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";

// The e2e server's SMTP sink writes every e-mail the job worker sends as an .eml file here (same
// machine; scripts/e2e-server.ts), so a test reads what a user's mailbox would receive.
const mailDir = path.resolve(`.data/e2e-mail-${process.env.E2E_DB_PORT ?? 54339}`);

/** The e-mail to `to` whose subject or text contains `text`, if it has arrived. */
export async function findMail(to: string, text: string): Promise<ParsedMail | null> {
  return (await findMails(to, text))[0] ?? null;
}

/** Every such e-mail, oldest first (the sink names files by arrival time). */
export async function findMails(to: string, text: string): Promise<ParsedMail[]> {
  let files: string[] = [];
  try {
    files = readdirSync(mailDir).filter((f) => f.endsWith(".eml"));
  } catch {
    return [];
  }
  const found: [number, ParsedMail][] = [];
  for (const f of files) {
    const mail = await simpleParser(readFileSync(path.join(mailDir, f)));
    const rcpt = Array.isArray(mail.to) ? mail.to.flatMap((a) => a.value) : (mail.to?.value ?? []);
    if (rcpt.some((a) => a.address === to) && `${mail.subject} ${mail.text}`.includes(text))
      found.push([Number.parseInt(f, 10), mail]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, mail]) => mail);
}
