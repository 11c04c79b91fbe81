import "server-only";
import type { FileChild } from "docx";
import { article, blank, p, pack, safe, table, title } from "./docx";
import { date, FILL, yen } from "./labels";
import type { PilotDocument } from "./queries";

// 実証実験に関する協定書（案）: the usual layout of a municipality's PoC agreement (甲 = the municipality,
// 乙 = the company), filled in from the pilot's agreed terms. It is a draft for the legal section to edit: the
// clauses are the common ones, not legal advice, and the title says （案）.

export function agreementFileName(pilot: PilotDocument) {
  return { filename: "実証実験に関する協定書（案）.docx", ascii: `pilot-agreement-${pilot.id}.docx` };
}

export async function buildAgreement(pilot: PilotDocument): Promise<Buffer> {
  const city = safe(pilot.match.municipality.name);
  const company = safe(pilot.match.company.name);
  const period = `${date(pilot.startsOn)}から${date(pilot.endsOn)}まで`;
  const cost = pilot.costFree
    ? "本実証実験に要する費用は、乙の負担とし、甲は乙に対し対価を支払わない。"
    : `本実証実験に要する費用のうち、甲が負担する額は${yen(pilot.costAmount)}（消費税及び地方消費税を含む。）とし、支払の方法は甲乙協議の上、別に定める。`;
  let n = 0;
  const art = (h: string) => article(h, ++n);
  const children: FileChild[] = [
    p("（案）", { align: "right" }),
    title("実証実験に関する協定書（案）"),
    p(
      `${city}（以下「甲」という。）と${company}（以下「乙」という。）は、「${safe(pilot.title)}」（以下「本実証実験」という。）の実施に関し、次のとおり協定を締結する。`,
    ),
    art("目的"),
    p(
      `この協定は、甲乙が連携して本実証実験を行うことにより、次の目的を達成することを目的とする。\n${safe(pilot.purpose)}`,
    ),
    art("実施内容"),
    p(`本実証実験の内容は、「${safe(pilot.title)}」とし、詳細は甲乙協議の上、定める。`),
    art("実施期間"),
    p(`本実証実験の実施期間は、${period}とする。ただし、甲乙協議の上、変更することができる。`),
    art("役割分担"),
    p("甲及び乙は、本実証実験の実施に当たり、次のとおり役割を分担する。"),
    table(
      ["", "提供するもの・行うこと"],
      [
        [`甲（${city}）`, safe(pilot.cityProvides)],
        [`乙（${company}）`, safe(pilot.companyProvides)],
      ],
      [25, 75],
    ),
    art("費用負担"),
    p(cost + (pilot.costNote ? `\n${safe(pilot.costNote)}` : "")),
    art("成功指標"),
    p("甲及び乙は、本実証実験の開始前に、次の指標と目標について合意する。"),
    table(
      ["指標", "目標", "現状値"],
      pilot.criteria.map((c) => [safe(c.label), safe(c.target), safe(c.baseline)]),
      [40, 30, 30],
    ),
    art("中間評価及び最終評価"),
    p(
      [
        pilot.midReviewOn ? `甲及び乙は、${date(pilot.midReviewOn)}を目途に中間評価を行う。` : "",
        `甲及び乙は、${date(pilot.endReviewOn)}を目途に、前条の指標ごとに目標の達成状況を確認し、最終評価を行う。`,
        "評価の結果は、評価シートに記録する。",
      ]
        .filter(Boolean)
        .join("\n"),
    ),
    art("秘密保持"),
    p(
      "甲及び乙は、本実証実験の実施に当たり知り得た相手方の秘密を、相手方の書面による承諾なく第三者に開示し、又は本実証実験以外の目的に使用してはならない。この協定の終了後も同様とする。",
    ),
    art("個人情報の取扱い"),
    p(
      "乙は、本実証実験の実施に当たり個人情報を取り扱う場合は、個人情報の保護に関する法律その他の関係法令及び甲の定めに従い、適正に取り扱わなければならない。取り扱う個人情報の範囲と方法は、甲乙協議の上、別に定める。",
    ),
    art("成果の帰属及び公表"),
    p(
      "本実証実験の成果の帰属は、甲乙協議の上、定める。甲及び乙は、相手方の同意を得て、本実証実験の概要と成果を公表することができる。公表には、Kyoso Hub の事例データベースへの掲載を含み、掲載する内容は乙の承認を得るものとする。",
    ),
    art("協議"),
    p("この協定に定めのない事項又はこの協定に関し疑義が生じた事項については、甲乙協議の上、定める。"),
    blank(),
    p("この協定の締結を証するため、本書を2通作成し、甲乙記名押印の上、各自1通を保有する。"),
    blank(),
    p("令和　　年　　月　　日"),
    blank(),
    p(`甲　住所　${FILL}${FILL}`, { indent: true }),
    p(`　　名称　${city}`, { indent: true }),
    p(`　　代表者　${FILL}${FILL}　印`, { indent: true }),
    blank(),
    p(`乙　住所　${FILL}${FILL}`, { indent: true }),
    p(`　　名称　${company}`, { indent: true }),
    p(`　　代表者　${FILL}${FILL}　印`, { indent: true }),
  ];
  return pack("実証実験に関する協定書（案）", children);
}
