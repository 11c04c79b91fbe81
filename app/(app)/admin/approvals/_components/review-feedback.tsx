"use client";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

// The decided card leaves the list as soon as the page re-renders (the action revalidates it),
// so the confirmation lives here, above the list, where it survives that refresh.
const Ctx = createContext<(message: string) => void>(() => {});

export function ReviewFeedbackProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<string[]>([]);
  const announce = useCallback((m: string) => setMessages((prev) => [m, ...prev].slice(0, 5)), []);
  return (
    <Ctx.Provider value={announce}>
      <div role="status" aria-live="polite" data-testid="review-feedback">
        {messages.length ? (
          <ul className="mt-4 space-y-1 rounded border border-brand-100 bg-brand-50 p-3 text-brand-800">
            {messages.map((m, i) => (
              <li key={`${i}-${m}`}>{m}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {children}
    </Ctx.Provider>
  );
}

export const useReviewFeedback = () => useContext(Ctx);
