const sizes = {
  lg: { width: 160, height: 80, className: "h-20 w-40 rounded border border-stone-200 bg-white object-contain" },
  sm: { width: 64, height: 32, className: "h-8 w-16 shrink-0 object-contain" },
} as const;

/** A company's logo as uploaded, fitted into a fixed box so a tall or wide image does not move the layout. */
export function CompanyLogo({
  src,
  alt,
  size,
  ...rest
}: {
  src: string;
  alt: string;
  size: keyof typeof sizes;
  loading?: "lazy";
  "data-testid"?: string;
}) {
  // eslint-disable-next-line @next/next/no-img-element -- served by our own route with private caching
  return <img src={src} alt={alt} {...sizes[size]} {...rest} />;
}
