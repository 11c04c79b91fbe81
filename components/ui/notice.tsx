import type { ComponentPropsWithoutRef } from "react";

// Text colours are the 800/900 shades: each passes WCAG AA (4.5:1) on its 50 background, which axe checks.
const tones = {
  info: "border-brand-100 bg-brand-50 text-brand-800",
  success: "border-green-300 bg-green-50 text-green-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  error: "border-red-300 bg-red-50 text-red-800",
} as const;

// A status or alert role makes a screen reader announce the box when it appears. A warning that is part of the
// page from the start (a demo record, an account awaiting approval) has none unless the page asks for one.
const roles = { info: "status", success: "status", warning: undefined, error: "alert" } as const;

/** A coloured message box: the outcome of an action, a state the user should know about, or an error. */
export function Notice<T extends "p" | "div" = "p">({
  as,
  tone,
  role,
  className = "",
  ...props
}: { as?: T; tone: keyof typeof tones; role?: "status" | "alert" } & Omit<ComponentPropsWithoutRef<T>, "role">) {
  const Tag = as ?? "p";
  return (
    <Tag {...props} role={role ?? roles[tone]} className={`rounded border p-4 ${tones[tone]} ${className}`.trim()} />
  );
}
