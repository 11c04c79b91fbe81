"use client";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FieldShell, FormError, TextAreaField } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { postMessageAction } from "@/lib/threads/actions";
import { withCleanName } from "@/lib/threads/file-name";
import { ACCEPT_ATTR, MAX_DOCUMENT_BYTES, MAX_FILES_PER_POST, MESSAGE_MAX } from "@/lib/threads/schema";

export function ReplyForm({ threadId }: { threadId: string }) {
  const t = useTranslations("messages.form");
  const form = useRef<HTMLFormElement>(null);
  const [sent, setSent] = useState(false);
  // Hook alone: files ride in FormData, which react-hook-form's plain values do not carry.
  const {
    execute,
    pending,
    formError,
    fieldErrors: errors,
    fail,
  } = useAction(postMessageAction, {
    refresh: false,
    onSuccess: (r): void => {
      if (!r.ok) return fail({ fieldErrors: { files: r.fileErrors } });
      setSent(true);
      form.current?.reset();
    },
  });

  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    // Caught here too so a clerk does not wait for a 20 MB upload only to be told it is too big;
    // the server checks again (size and content) whatever the browser says.
    const files = data
      .getAll("files")
      .filter((f): f is File => f instanceof File && f.size > 0)
      .map(withCleanName);
    // No file chosen still adds an empty entry; leave only real files in the request.
    data.delete("files");
    files.forEach((f) => data.append("files", f));
    const big = files.find((f) => f.size > MAX_DOCUMENT_BYTES);
    if (big || files.length > MAX_FILES_PER_POST) {
      return fail({ fieldErrors: { files: [big ? t("tooBig", { name: big.name }) : t("tooMany")] } });
    }
    setSent(false);
    execute(data);
  };

  return (
    <form ref={form} onSubmit={submit} noValidate data-testid="reply-form">
      <FormError message={formError} />
      <input type="hidden" name="threadId" value={threadId} />
      <TextAreaField
        name="body"
        label={t("body")}
        hint={t("bodyHint")}
        rows={5}
        maxLength={MESSAGE_MAX}
        error={errors.body}
      />
      <FieldShell name="files" label={t("files")} hint={t("filesHint")} error={errors.files}>
        <input
          id="files"
          name="files"
          type="file"
          multiple
          accept={ACCEPT_ATTR}
          aria-describedby={["files-hint", errors.files?.length ? "files-error" : null].filter(Boolean).join(" ")}
          aria-invalid={errors.files?.length ? true : undefined}
          className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base file:mr-3 file:min-h-9 file:rounded file:border-0 file:bg-stone-100 file:px-3"
        />
      </FieldShell>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("sending") : t("send")}
        </Button>
        {sent ? (
          <p role="status" className="text-green-800">
            {t("sent")}
          </p>
        ) : null}
      </div>
    </form>
  );
}
