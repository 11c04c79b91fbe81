import type { ProposalCost, ProposalStatus } from "@/lib/generated/prisma/enums";
import type { DeptKey } from "./desk-context";

// Proposals (民間提案) to 加賀市 from companies of the demo directory, one or more in every state. Invented; the
// generated companies' names start with 「デモ」, so nobody takes them for real firms.

export type SeedStep = {
  daysAgo: number;
  /** A status change; without it the step is a note or an answer. */
  to?: ProposalStatus;
  note?: string;
  /** A desk ↔ department note the company does not see. A 見送り step's note is the proposal's declineReason. */
  internal?: boolean;
  by: "desk" | "dept" | "company";
};
export type SeedProposal = {
  id: string;
  /** "demotech" (the demo company account) or the index of a generated demo company. */
  company: "demotech" | number;
  title: string;
  problem: string;
  proposal: string;
  trackRecord?: string;
  cost: ProposalCost;
  costNote?: string;
  asks?: string;
  daysAgo: number;
  dept?: DeptKey;
  challengeId?: string;
  /** Proposed from one of the company's cases (its first, when it is a partner of any). */
  fromCase?: boolean;
  salesOnly?: boolean;
  declineReason?: string;
  steps: SeedStep[];
  /** Taken up: the match (origin 民間提案) and its thread. */
  match?: { id: string; threadId: string; nextAction: string };
};

const ROUTE_NOTE = "所管のご担当としてご確認ください。一次回答は1週間ほどでお願いします。";

export const SEED_PROPOSALS: SeedProposal[] = [
  {
    id: "seed-proposal-kaga-01",
    company: 11,
    title: "子育ての問い合わせに24時間こたえるAIチャットボット",
    problem: "子育ての手続きや支援制度について、電話での問い合わせが多く、職員の方の負担になっていると伺いました。",
    proposal:
      "市のホームページとLINEに、子育ての制度を案内するAIチャットボットを置きます。よくある質問100問から始め、答えられなかった質問は担当課に回します。",
    trackRecord: "他の市で同じ仕組みを2年間運用しています（デモ）。",
    cost: "FREE_PILOT",
    costNote: "最初の3か月は無償で試せます。本格導入は月額5万円からです。",
    asks: "よくある質問の一覧と、回答を担当課に確認していただく時間をいただきたいです。",
    daysAgo: 28,
    steps: [],
  },
  {
    id: "seed-proposal-kaga-02",
    company: 15,
    title: "温泉街の空き店舗を、週末だけのチャレンジショップに",
    problem: "温泉街に空き店舗が増え、夕方以降に歩く人が少なくなっています。",
    proposal:
      "空き店舗を週末だけ借り、出店したい人に日替わりで貸し出します。予約と決済はスマホで完結し、売上と人の流れのデータを市と共有します。",
    cost: "PAID_PILOT",
    costNote: "初年度は店舗の改装費の一部（上限100万円）のご負担をお願いしたいです。",
    asks: "空き店舗の所有者の方へのご紹介をお願いしたいです。",
    daysAgo: 1,
    steps: [],
  },
  {
    id: "seed-proposal-kaga-03",
    company: 12,
    challengeId: "seed-challenge-kaga-akiya",
    dept: "innovation",
    title: "空き家の所有者に届く案内はがきと、反応の見える化",
    problem: "空き家の所有者が市外に住んでいて、空き家バンクの案内が届いても読まれていないと伺いました。",
    proposal:
      "所有者向けに、物件の写真と相談窓口を載せた案内はがきをお送りし、QRコードからの相談件数を毎月ご報告します。文面は3種類を試し、反応の良いものに絞ります。",
    cost: "PAID_PILOT",
    costNote: "はがき1,000通で約30万円（印刷・発送・集計を含む）。",
    asks: "空き家の所在地のリスト（個人情報を除く）と、はがきの文面の確認をお願いします。",
    daysAgo: 9,
    steps: [
      { daysAgo: 6, to: "ROUTED", by: "desk" },
      {
        daysAgo: 6,
        note: "空き家の課題への提案です。所有者への案内の方法として検討の価値があると思います。一次回答は1週間ほどでお願いします。",
        internal: true,
        by: "desk",
      },
    ],
  },
  {
    id: "seed-proposal-kaga-04",
    company: "demotech",
    fromCase: true,
    dept: "innovation",
    title: "窓口予約のオンライン化を、まず1つの窓口で試しませんか",
    problem: "市民課の窓口は、転入・転出の多い3月と4月に1時間以上の待ち時間が出ると伺いました。",
    proposal:
      "デモ窓口予約で、来庁の予約と呼び出しをスマホで受けられるようにします。今お使いの発券機はそのまま使えます。",
    trackRecord: "他の自治体で窓口予約の導入実績があります（添付の事例をご覧ください）。",
    cost: "FREE_PILOT",
    costNote: "3か月の実証は無償です。その後は月額3万円からです。",
    asks: "実証する窓口を1つ選んでいただき、職員の方への説明の時間（30分）をいただきたいです。",
    daysAgo: 20,
    steps: [
      { daysAgo: 17, to: "ROUTED", by: "desk" },
      { daysAgo: 17, note: "DXのご担当としてご確認ください。市民課にも共有済みです。", internal: true, by: "desk" },
      { daysAgo: 12, to: "REVIEWING", by: "dept" },
      {
        daysAgo: 8,
        note: "ご提案ありがとうございます。市民課と相談し、来年の繁忙期の前に1つの窓口で試す方向で検討しています。費用と個人情報の扱いについて、追って質問をお送りします。",
        by: "dept",
      },
    ],
  },
  {
    id: "seed-proposal-kaga-05",
    company: 13,
    dept: "kotsu",
    title: "のりあいタクシーの予約を、電話に加えてスマホでも",
    problem: "のりあいタクシーの予約が電話だけで、前日の夕方に電話が集中していると伺いました。",
    proposal:
      "スマホとLINEからの予約を受け付け、配車の順番を自動で組みます。電話での予約もそのまま残し、オペレーターの画面で一緒に管理できます。",
    trackRecord: "近隣の町で1年間の実証を行いました（デモ）。",
    cost: "PAID_PILOT",
    costNote: "実証は月額10万円、半年間を想定しています。",
    daysAgo: 40,
    steps: [
      { daysAgo: 36, to: "ROUTED", by: "desk" },
      { daysAgo: 36, note: ROUTE_NOTE, internal: true, by: "desk" },
      { daysAgo: 30, to: "REVIEWING", by: "dept" },
      {
        daysAgo: 28,
        note: "利用者の多くが高齢の方なので、電話での予約を残すことが前提です。そのうえで一度お話を伺いたいです。",
        by: "dept",
      },
      { daysAgo: 5, to: "MEETING", note: "面談の日程を調整します。地域交通課の担当2名が出席します。", by: "dept" },
    ],
  },
  {
    id: "seed-proposal-kaga-06",
    company: 14,
    dept: "kosodate",
    title: "母子手帳アプリで、健診と予防接種のお知らせを",
    problem: "乳幼児健診の受診のお知らせがはがきだけで、受診率が伸び悩んでいると伺いました。",
    proposal:
      "母子手帳アプリから、お子さんの月齢に合わせて健診と予防接種のお知らせを送ります。市の子育て情報もアプリで読めるようにします。",
    trackRecord: "県内外の自治体で導入されています（デモ）。",
    cost: "FREE_PILOT",
    costNote: "1年間の実証は無償です。",
    asks: "健診の日程表をいただき、配信の文面を一緒に確認していただきたいです。",
    daysAgo: 75,
    steps: [
      { daysAgo: 72, to: "ROUTED", by: "desk" },
      { daysAgo: 72, note: ROUTE_NOTE, internal: true, by: "desk" },
      { daysAgo: 65, to: "REVIEWING", by: "dept" },
      { daysAgo: 60, note: "健診のお知らせは課の中でも課題になっていました。詳しくお話を伺いたいです。", by: "dept" },
      { daysAgo: 45, to: "MEETING", by: "dept" },
      {
        daysAgo: 30,
        to: "ADOPTED",
        note: "実証として進めることになりました。進め方はメッセージでご相談させてください。",
        by: "desk",
      },
    ],
    match: {
      id: "seed-match-kaga-proposal",
      threadId: "seed-thread-kaga-proposal",
      nextAction: "実証の対象にする健診を決める",
    },
  },
  {
    id: "seed-proposal-kaga-07",
    company: "demotech",
    dept: "shisetsu",
    title: "公共施設の予約システムを、まとめて新しくしませんか",
    problem: "施設ごとに予約の受け方が違い、市民の方が分かりにくいと伺いました。",
    proposal:
      "市内の公共施設の予約を1つのシステムにまとめ、空き状況の確認から予約、支払いまでオンラインでできるようにします。",
    cost: "PAID",
    costNote: "初期費用300万円、月額10万円。",
    daysAgo: 60,
    steps: [
      { daysAgo: 57, to: "ROUTED", by: "desk" },
      { daysAgo: 57, note: ROUTE_NOTE, internal: true, by: "desk" },
      { daysAgo: 50, to: "REVIEWING", by: "dept" },
      { daysAgo: 35, to: "DECLINED", by: "desk" },
    ],
    declineReason:
      "ご提案ありがとうございました。公共施設の予約は、いま進めている鍵の受け渡しの実証の結果を見てから考えることになり、今回は見送らせていただきます。また機会がありましたら、よろしくお願いいたします。",
  },
  {
    id: "seed-proposal-kaga-08",
    company: 16,
    salesOnly: true,
    title: "【ご案内】自治体向けホームページ制作パック",
    problem: "特にございません。",
    proposal: "ホームページのリニューアルをパッケージでご提供します。今月中のご契約で20%お値引きいたします。",
    cost: "PAID",
    daysAgo: 14,
    steps: [{ daysAgo: 12, to: "DECLINED", by: "desk" }],
    declineReason:
      "ご案内ありがとうございました。現在、ホームページのリニューアルの予定はないため、今回は見送らせていただきます。",
  },
  {
    id: "seed-proposal-kaga-09",
    company: 17,
    title: "ドローンによる橋の点検の実証",
    problem: "市内の橋の点検を5年に1回、職員と委託で行っていると伺いました。",
    proposal: "ドローンで撮影した写真から、ひび割れの候補をAIで洗い出します。",
    cost: "UNDECIDED",
    daysAgo: 30,
    steps: [{ daysAgo: 25, to: "WITHDRAWN", note: "社内の体制が整わないため、いったん取り下げます。", by: "company" }],
  },
];
