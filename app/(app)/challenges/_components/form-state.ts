// The wizard's form state: every field as the clerk typed it (strings), turned into the action's
// plain-object input only on save, so half-typed numbers never get lost between steps.
export const NEW_DEPARTMENT = "__new__";

export type WizardState = {
  kind: string;
  programKind: string;
  title: string;
  situation: string;
  tried: string;
  affected: string;
  success: string;
  companyGain: string;
  offers: string[];
  offerNote: string;
  budgetStatus: string;
  budgetAmount: string;
  budgetFiscalYear: string;
  periodNote: string;
  departmentId: string;
  departmentName: string;
  themeSlugs: string[];
};

export const emptyState = (departmentId = ""): WizardState => ({
  kind: "",
  programKind: "",
  title: "",
  situation: "",
  tried: "",
  affected: "",
  success: "",
  companyGain: "",
  offers: [],
  offerNote: "",
  budgetStatus: "",
  budgetAmount: "",
  budgetFiscalYear: "",
  periodNote: "",
  departmentId,
  departmentName: "",
  themeSlugs: [],
});

/** A saved challenge (plain data from the edit page) back into form strings. */
export function stateFromChallenge(c: {
  kind: string;
  programKind: string | null;
  title: string;
  situation: string;
  tried: string | null;
  affected: string | null;
  success: string | null;
  companyGain: string | null;
  offers: string[];
  offerNote: string | null;
  budgetStatus: string | null;
  budgetAmount: string | null;
  budgetFiscalYear: number | null;
  periodNote: string | null;
  departmentId: string | null;
  themeSlugs: string[];
}): WizardState {
  return {
    kind: c.kind,
    programKind: c.programKind ?? "",
    title: c.title,
    situation: c.situation,
    tried: c.tried ?? "",
    affected: c.affected ?? "",
    success: c.success ?? "",
    companyGain: c.companyGain ?? "",
    offers: c.offers,
    offerNote: c.offerNote ?? "",
    budgetStatus: c.budgetStatus ?? "",
    budgetAmount: c.budgetAmount ?? "",
    budgetFiscalYear: c.budgetFiscalYear ? String(c.budgetFiscalYear) : "",
    periodNote: c.periodNote ?? "",
    departmentId: c.departmentId ?? "",
    departmentName: "",
    themeSlugs: c.themeSlugs,
  };
}

export function toPayload(s: WizardState, id: string | undefined) {
  const isNew = s.departmentId === NEW_DEPARTMENT;
  return { ...s, id, departmentId: isNew ? "" : s.departmentId, departmentName: isNew ? s.departmentName : "" };
}
