"use client";
import { useForm } from "react-hook-form";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, TextAreaField, TextField } from "@/components/ui/field";
import { schemaResolver, useAction } from "@/components/use-action";
import { logMeetingAction } from "@/lib/matches/meetings-actions";
import { logMeetingSchema, MEMO_MAX, PARTICIPANTS_MAX, todayJst } from "@/lib/matches/meetings-schema";

type Values = { matchId: string; heldOn: string; participants: string; memo: string };

/** Logs a meeting of the match; the fields keep what was typed until the server has it. */
export function MeetingForm({ matchId }: { matchId: string }) {
  const t = useTranslations("inbox.meetings");
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({
    resolver: schemaResolver(logMeetingSchema),
    defaultValues: { matchId, heldOn: todayJst(), participants: "", memo: "" },
  });
  const { execute, pending, formError, onInvalid } = useAction(logMeetingAction, {
    setError: form.setError,
    onSuccess: () => {
      setSaved(true);
      form.reset({ matchId, heldOn: todayJst(), participants: "", memo: "" });
    },
  });
  const errors = form.formState.errors;
  const field = <K extends keyof Values>(name: K) => ({ ...form.register(name), error: errorText(errors[name]) });
  return (
    <form
      onSubmit={(e) => {
        setSaved(false);
        return form.handleSubmit(execute, onInvalid)(e);
      }}
      noValidate
      data-testid="meeting-form"
    >
      <FormError message={formError} />
      <input type="hidden" {...form.register("matchId")} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField {...field("heldOn")} type="date" label={t("heldOn")} max={todayJst()} required />
        <TextField
          {...field("participants")}
          label={t("participants")}
          hint={t("participantsHint")}
          maxLength={PARTICIPANTS_MAX}
          required
        />
      </div>
      <TextAreaField {...field("memo")} label={t("memo")} hint={t("memoHint")} rows={3} maxLength={MEMO_MAX} />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <p role="status" className="text-green-900">
          {saved ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
