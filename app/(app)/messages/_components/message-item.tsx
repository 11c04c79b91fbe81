import { getTranslations } from "next-intl/server";
import { MessageText } from "@/lib/threads/markdown";
import type { ThreadView } from "@/lib/threads/queries";
import { formatDateTime } from "@/lib/format";

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export async function MessageItem({
  message: m,
  own,
  locale,
}: {
  message: ThreadView["messages"][number];
  own: boolean;
  locale: string;
}) {
  const t = await getTranslations("messages.thread");
  const membership = m.author?.memberships[0];
  const org = [membership?.organization.name, membership?.department?.name].filter(Boolean).join(" ");
  const isCoordinator = m.author?.role === "COORDINATOR" || m.author?.role === "ADMIN";
  return (
    <li
      data-testid="message"
      className={`rounded border p-4 ${own ? "border-brand-100 bg-brand-50 sm:ml-12" : "border-stone-200 bg-white sm:mr-12"}`}
    >
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-bold text-stone-900">{m.author?.name ?? t("deletedUser")}</span>
        {org ? <span className="text-stone-700">{org}</span> : null}
        {isCoordinator ? (
          <span className="rounded bg-amber-50 px-1.5 text-xs text-amber-900">{t("coordinator")}</span>
        ) : null}
        {own ? <span className="rounded bg-white px-1.5 text-xs text-brand-800">{t("you")}</span> : null}
        <time dateTime={m.createdAt.toISOString()} className="text-stone-600">
          {formatDateTime(m.createdAt, locale)}
        </time>
      </p>
      {m.body ? (
        <div className="mt-2">
          <MessageText body={m.body} />
        </div>
      ) : null}
      {m.documents.length > 0 ? (
        <div className="mt-3">
          <p className="text-sm font-medium text-stone-700">{t("attachments")}</p>
          <ul className="mt-1 space-y-1">
            {m.documents.map((d) => (
              <li key={d.id}>
                {/* A plain <a>: a download is not a page, so no client-side navigation or prefetch. */}
                <a
                  href={`/api/documents/${d.id}`}
                  className="inline-flex min-h-11 items-center gap-2 break-all rounded border border-stone-300 bg-white px-3 py-2 no-underline hover:bg-stone-100"
                  data-testid="document-link"
                >
                  <svg
                    aria-hidden="true"
                    viewBox="0 0 24 24"
                    className="size-5 shrink-0"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2"
                  >
                    <path d="M12 3v12m0 0 4-4m-4 4-4-4M4 19h16" />
                  </svg>
                  <span className="underline">{d.fileName}</span>
                  <span className="shrink-0 text-sm text-stone-600">（{formatSize(d.size)}）</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
