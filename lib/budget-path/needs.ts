// What a department needs at each budget step, by how the project will be paid for and how the company will be
// chosen. Client-safe (the budget path and the memo both list it). Texts a clerk can act on; where the rule differs
// between municipalities or ministries the text says 「確認してください」 rather than claiming one answer.
import type { CalendarStep } from "@/lib/budget-calendar/defaults";
import type { FundingSourceValue, ProcurementRouteValue } from "./schema";

export type Need = { ja: string; en: string };
type Rule = { step: CalendarStep; funding?: FundingSourceValue; route?: ProcurementRouteValue; need: Need };

const RULES: Rule[] = [
  // 部内予算案
  {
    step: "DEPARTMENT_DRAFT",
    need: {
      ja: "事業の目的と効果、概算の事業費を部内の予算要求にまとめる（実証実験の結果の数値を添える）",
      en: "Write the project's purpose, effect and estimated cost into the department's budget request, with the pilot's figures",
    },
  },
  {
    step: "DEPARTMENT_DRAFT",
    funding: "GENERAL_FUND",
    need: {
      ja: "一般財源で要求する理由（使える交付金・補助金がないか）を説明できるようにする",
      en: "Be ready to explain why the general fund (are there no grants that fit?)",
    },
  },
  {
    step: "DEPARTMENT_DRAFT",
    funding: "NATIONAL_GRANT",
    need: {
      ja: "交付金・補助金の実施計画（申請）の提出時期と補助率を所管省庁の要綱で確認し、要求額を補助対象経費と自治体負担分に分ける",
      en: "Check in the ministry's guidelines when the grant's plan or application is due and its subsidy rate; split the request into eligible costs and the municipality's share",
    },
  },
  {
    step: "DEPARTMENT_DRAFT",
    funding: "CORPORATE_FURUSATO",
    need: {
      ja: "企業版ふるさと納税は、国の認定を受けた地域再生計画に載った事業への寄附が対象。寄附を受ける前に、この事業が計画に含まれているか（計画の変更が要るか）を企画担当に確認してください",
      en: "Corporate hometown tax donations go to projects in a nationally approved regional revitalisation plan: before any donation, ask the planning section whether this project is in the plan (or the plan needs changing)",
    },
  },
  {
    step: "DEPARTMENT_DRAFT",
    funding: "FREE_OR_COMPANY",
    need: {
      ja: "無償・企業負担なら事業費の要求は要らないことが多い。職員の作業、会場、データ提供など自治体側の負担を書き出しておく",
      en: "Free of charge or paid by the company: usually no budget request, but list what the municipality provides (staff time, venue, data)",
    },
  },
  // 財政ヒアリング
  {
    step: "FINANCE_HEARING",
    need: {
      ja: "財政課への説明資料：実証結果（指標ごとの目標と結果）、費用対効果、翌年度以降の経費の見通し",
      en: "For the finance section: the pilot's results (target and result per criterion), cost-effectiveness, costs in later years",
    },
  },
  {
    step: "FINANCE_HEARING",
    funding: "NATIONAL_GRANT",
    need: {
      ja: "交付決定の見込み時期と、採択されなかった場合の扱い（事業の縮小・一般財源での実施）",
      en: "When the grant decision is expected, and what happens if it is not granted (smaller project, general fund)",
    },
  },
  {
    step: "FINANCE_HEARING",
    funding: "CORPORATE_FURUSATO",
    need: {
      ja: "寄附の見込み額と時期、寄附が予定どおり集まらなかった場合の扱い",
      en: "The expected donation and its timing, and what happens if it falls short",
    },
  },
  {
    step: "FINANCE_HEARING",
    route: "DISCRETIONARY",
    need: {
      ja: "随意契約を予定していることと、その理由（実証実験で効果を確かめた、など）を説明できるようにする",
      en: "Be ready to explain that a discretionary contract is planned and why (the pilot proved the effect, …)",
    },
  },
  {
    step: "FINANCE_HEARING",
    route: "PROPOSAL",
    need: {
      ja: "仕様の概要と積算の根拠（参考見積りを複数の企業から取れるか）",
      en: "An outline of the specification and the basis of the estimate (can several companies quote?)",
    },
  },
  {
    step: "FINANCE_HEARING",
    route: "TENDER",
    need: {
      ja: "仕様の概要と積算の根拠（参考見積りを複数の企業から取れるか）",
      en: "An outline of the specification and the basis of the estimate (can several companies quote?)",
    },
  },
  // 議会
  {
    step: "ASSEMBLY",
    need: {
      ja: "予算案の説明資料と想定問答（なぜこの事業か、なぜこの調達方法か）。複数年度の契約になるなら債務負担行為が要るか財政課に確認してください",
      en: "Notes and expected questions for the assembly (why this project, why this way of procuring); for a multi-year contract ask the finance section whether a debt-burden act is needed",
    },
  },
  {
    step: "ASSEMBLY",
    route: "DISCRETIONARY",
    need: {
      ja: "特定の企業ありきの予算と受け取られないよう、随意契約とする理由を答えられるようにする",
      en: "Be ready to answer why a discretionary contract, so the budget is not read as made for one company",
    },
  },
  // 企業選定
  {
    step: "VENDOR_SELECTION",
    route: "DISCRETIONARY",
    need: {
      ja: "随意契約理由書（地方自治法施行令第167条の2）と見積書。実証実験の結果を理由として示す。どの号に当たるかは契約担当課に確認してください",
      en: "A statement of reasons for a discretionary contract (Local Autonomy Act Enforcement Order art. 167-2) and a quotation, citing the pilot's results; ask the contracts section which item applies",
    },
  },
  {
    step: "VENDOR_SELECTION",
    route: "PROPOSAL",
    need: {
      ja: "公募型プロポーザルの実施要領・仕様書・評価基準と選定委員会の日程。実証に参加した企業も他の企業と同じ条件で応募するので、仕様が特定の企業に有利になっていないか確認してください",
      en: "The call's guidelines, specification, evaluation criteria and the selection committee's dates; the pilot's company competes on equal terms, so check the specification favours no one",
    },
  },
  {
    step: "VENDOR_SELECTION",
    route: "TENDER",
    need: {
      ja: "入札公告に向けた仕様書・予定価格（設計書）・入札参加資格",
      en: "Specification, ceiling price (cost estimate) and eligibility for the tender notice",
    },
  },
  {
    step: "VENDOR_SELECTION",
    route: "AGREEMENT",
    need: {
      ja: "協定書の決裁。費用が発生しないことと、双方の役割分担を協定書に書く",
      en: "Approval of the agreement, stating that no cost arises and what each side does",
    },
  },
  {
    step: "VENDOR_SELECTION",
    funding: "NATIONAL_GRANT",
    need: {
      ja: "交付決定の前に契約・着手すると補助の対象外になることがあります。要綱で確認してください",
      en: "Contracting or starting before the grant decision can make costs ineligible: check the guidelines",
    },
  },
  {
    step: "VENDOR_SELECTION",
    funding: "CORPORATE_FURUSATO",
    need: {
      ja: "寄附の受領手続き（寄附の申出・受領証）。寄附の見返りに企業へ経済的な利益を与えることはできません。寄附企業が受注する場合の扱いは内閣府の Q&A で確認してください",
      en: "Receiving the donation (offer, receipt). The donor may get no economic benefit in return; check the Cabinet Office Q&A if the donor would also be the contractor",
    },
  },
];

/** The needs of one step, the general ones first, then the funding source's, then the procurement route's. */
export function needsFor(
  step: CalendarStep,
  funding: FundingSourceValue | null,
  route: ProcurementRouteValue | null,
): Need[] {
  const general = RULES.filter((r) => r.step === step && !r.funding && !r.route);
  const byFunding = RULES.filter((r) => r.step === step && r.funding && r.funding === funding);
  const byRoute = RULES.filter((r) => r.step === step && r.route && r.route === route);
  return [...general, ...byFunding, ...byRoute].map((r) => r.need);
}
