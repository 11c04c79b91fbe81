"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextAreaField, TextField } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { askPeerAction, closePeerAction, replyPeerAction } from "@/lib/peer/actions";
import { BODY_MAX, SUBJECT_MAX } from "@/lib/peer/schema";

// The texts come from the server component that renders each form (namespace "peer"): the case page is public,
// and its browser bundle carries only the shared messages (lib/i18n/client-messages.ts).

const fieldsOf = (form: HTMLFormElement) =>
  Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v)]));

export type AskTexts = Record<
  "subject" | "subjectHint" | "body" | "bodyHint" | "submit" | "sending" | "rateLimited",
  string
>;

/** 「実施自治体に質問する」: sends the question, then opens its conversation (an open one if there is one). */
export function PeerAskForm({ caseId, texts }: { caseId: string; texts: AskTexts }) {
  const router = useRouter();
  const { execute, pending, formError, fieldErrors, fail } = useAction(askPeerAction, {
    refresh: false,
    onSuccess: (r): void => {
      if (!r.ok) return fail({ formError: texts.rateLimited.replace("{minutes}", String(r.minutes)) });
      router.push(`/peer/${r.id}`);
    },
  });
  return (
    <form
      noValidate
      data-testid="peer-ask-form"
      onSubmit={(e) => {
        e.preventDefault();
        execute({ ...fieldsOf(e.currentTarget), caseId } as never);
      }}
    >
      <FormError message={formError} />
      <TextField
        name="subject"
        id="peer-subject"
        label={texts.subject}
        hint={texts.subjectHint}
        maxLength={SUBJECT_MAX}
        error={fieldErrors.subject}
        required
      />
      <TextAreaField
        name="body"
        id="peer-body"
        label={texts.body}
        hint={texts.bodyHint}
        rows={6}
        maxLength={BODY_MAX}
        error={fieldErrors.body}
        required
      />
      <Button type="submit" disabled={pending}>
        {pending ? texts.sending : texts.submit}
      </Button>
    </form>
  );
}

export type ReplyTexts = Record<"body" | "bodyHint" | "send" | "sending" | "sent" | "closedError", string>;

/** A message in the conversation; the text stays in the box when it could not be sent. */
export function PeerReplyForm({ questionId, texts }: { questionId: string; texts: ReplyTexts }) {
  const form = useRef<HTMLFormElement>(null);
  const [sent, setSent] = useState(false);
  const { execute, pending, formError, fieldErrors, fail } = useAction(replyPeerAction, {
    refresh: (r) => r.ok,
    onSuccess: (r): void => {
      if (!r.ok) return fail({ formError: texts.closedError });
      setSent(true);
      form.current?.reset();
    },
  });
  return (
    <form
      ref={form}
      noValidate
      data-testid="peer-reply-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSent(false);
        execute({ ...fieldsOf(e.currentTarget), questionId } as never);
      }}
    >
      <FormError message={formError} />
      <TextAreaField
        name="body"
        id="peer-reply"
        label={texts.body}
        hint={texts.bodyHint}
        rows={5}
        maxLength={BODY_MAX}
        error={fieldErrors.body}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? texts.sending : texts.send}
        </Button>
        {sent ? (
          <p role="status" className="text-green-800">
            {texts.sent}
          </p>
        ) : null}
      </div>
    </form>
  );
}

/** The asking side ends the question. */
export function PeerCloseButton({
  questionId,
  texts,
}: {
  questionId: string;
  texts: Record<"close" | "closing", string>;
}) {
  const { execute, pending, formError } = useAction(closePeerAction);
  return (
    <div>
      <FormError message={formError} />
      <Button type="button" variant="secondary" disabled={pending} onClick={() => execute({ questionId })}>
        {pending ? texts.closing : texts.close}
      </Button>
    </div>
  );
}
