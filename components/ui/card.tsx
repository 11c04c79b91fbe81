import type { ComponentPropsWithoutRef } from "react";

const paddings = {
  none: "",
  sm: "p-3",
  md: "p-4",
  lg: "p-4 sm:p-6",
} as const;

type CardTag = "div" | "section" | "article" | "li" | "ul" | "p" | "form" | "details";

/** The white bordered box every page puts its sections, list items and filter forms in. */
export function Card<T extends CardTag = "div">({
  as,
  padding = "md",
  className = "",
  ...props
}: { as?: T; padding?: keyof typeof paddings } & ComponentPropsWithoutRef<T>) {
  // One tag at a time: the props were checked against `as` above, so the union of every tag's props is not needed.
  const Tag = (as ?? "div") as "div";
  const classes = ["rounded border border-stone-200 bg-white", paddings[padding], className].filter(Boolean);
  return <Tag {...(props as ComponentPropsWithoutRef<"div">)} className={classes.join(" ")} />;
}
