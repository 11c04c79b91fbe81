"use client";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { removeCompanyLogoAction, uploadCompanyLogoAction } from "@/lib/companies/actions";
import { LOGO_ACCEPT_ATTR } from "@/lib/companies/schema";
import { withCleanName } from "@/lib/threads/file-name";

/** Its own small form (a file cannot ride in the profile form's plain-object action). */
export function LogoForm({
  organizationId,
  companyName,
  logoUrl,
}: {
  organizationId: string;
  companyName: string;
  logoUrl: string | null;
}) {
  const t = useTranslations("companies.logo");
  const fileRef = useRef<HTMLInputElement>(null);
  const [done, setDone] = useState<string>();
  // Hook alone: the file rides in FormData, which react-hook-form's plain values do not carry.
  // One hook for both buttons, so an error from either shows in the same place. A FormData
  // uploads; null removes.
  const { execute, pending, formError, fieldErrors, fail } = useAction(
    (fd: FormData | null) => (fd ? uploadCompanyLogoAction(fd) : removeCompanyLogoAction({ organizationId })),
    {
      refresh: (r) => r.ok,
      onError: () => setDone(undefined),
      onSuccess: (r, fd): void => {
        if (!r.ok) return fail({ formError: r.message, fieldErrors: { file: [r.message] } });
        setDone(fd ? t("uploaded") : t("removed"));
        if (fileRef.current) fileRef.current.value = "";
      },
    },
  );
  const fieldError = fieldErrors.file?.[0];

  const upload = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const f = fd.get("file");
    if (f instanceof File && f.size > 0) {
      fd.set("file", withCleanName(f));
      return execute(fd);
    }
    fail({ formError: t("chooseFile"), fieldErrors: { file: [t("chooseFile")] } });
  };
  const remove = () => execute(null);

  return (
    <section
      className="rounded border border-stone-200 bg-white p-4"
      aria-labelledby="logo-title"
      data-testid="logo-form"
    >
      <h2 id="logo-title" className="mb-3 text-lg font-bold">
        {t("title")}
      </h2>
      <FormError message={formError} />
      {done ? (
        <p role="status" className="mb-3 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {done}
        </p>
      ) : null}
      <div className="mb-3 flex flex-wrap items-center gap-4">
        {logoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by our own route with private caching
          <img
            src={logoUrl}
            alt={t("alt", { name: companyName })}
            width={160}
            height={80}
            className="h-20 w-40 rounded border border-stone-200 bg-white object-contain"
          />
        ) : (
          <p className="text-stone-700">{t("none")}</p>
        )}
        {logoUrl ? (
          <Button type="button" variant="secondary" onClick={remove} disabled={pending}>
            {pending ? t("working") : t("remove")}
          </Button>
        ) : null}
      </div>
      <form onSubmit={upload} noValidate className="space-y-3">
        <input type="hidden" name="organizationId" value={organizationId} />
        <div>
          <label htmlFor="logo-file" className="mb-1 block font-medium">
            {t("file")}
          </label>
          <p id="logo-hint" className="mb-1 text-sm text-stone-700">
            {t("hint")}
          </p>
          <input
            id="logo-file"
            ref={fileRef}
            type="file"
            name="file"
            accept={LOGO_ACCEPT_ATTR}
            aria-describedby={fieldError ? "logo-hint logo-error" : "logo-hint"}
            aria-invalid={fieldError ? true : undefined}
            className="block w-full min-h-11 text-base"
          />
          {fieldError ? (
            <p id="logo-error" className="mt-1 text-sm text-red-700">
              {fieldError}
            </p>
          ) : null}
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? t("working") : t("upload")}
        </Button>
      </form>
    </section>
  );
}
