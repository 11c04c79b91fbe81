// The texts of the loop's demo data (./loop.ts): invented, like the rest of the demo data. Days are relative to the
// day of seeding (negative = in the past), so the demo stays current whenever it is seeded.

export const LOOP_IDS = {
  kagaChallenge: "seed-loop-challenge-kaga-denwa",
  kagaThread: "seed-loop-thread-kaga-denwa",
  kagaMatch: "seed-loop-match-kaga-denwa",
  endedPilot: "seed-loop-pilot-kaga-denwa",
  kagaCase: "seed-loop-case-kaga-denwa",
  nantoChallenge: "seed-loop-challenge-nanto-denwa",
  nantoThread: "seed-loop-thread-nanto-denwa",
  nantoMatch: "seed-loop-match-nanto-denwa",
  peerQuestion: "seed-loop-peer-nanto-faq",
  /** On seed-match-01 (加賀市 × デモテック, 商談): agreed, mid review due in a few days. */
  runningPilot: "seed-loop-pilot-kaga-akiya",
  /** On seed-match-03 (加賀市 × a directory company, 事業化検討): the company agreed, the department not yet. */
  planningPilot: "seed-loop-pilot-kaga-hinanjo",
  /** A member of that directory company, who agreed for it (nobody signs in as it). */
  planningCompanyUser: "seed-user-company-00001",
} as const;

export const KAGA_CHALLENGE = {
  title: "市役所への電話問い合わせが多く、職員が本来の業務に手を回せない",
  situation:
    "代表電話と各課への問い合わせは月に約1,200件あり、その多くはごみの出し方や証明書の取り方など、ホームページに載っている内容です。電話対応で窓口業務や企画の仕事が止まってしまいます。",
  tried: "ホームページの「よくある質問」を増やしましたが、電話の件数は変わりませんでした。",
  affected: "電話がつながるまで待たされる市民の方と、各課の職員です。",
  success: "よくある質問は夜間や休日でも自分で解決でき、電話が3割減っている状態。",
};

export const PILOT_ENDED = {
  title: "AIチャットボットによる電話問い合わせ削減の実証実験",
  purpose:
    "市のホームページとLINE公式アカウントにAIチャットボットを置き、よくある質問への電話問い合わせがどれだけ減るかを確かめる。",
  cityProvides: "よくある質問の原稿（各課から収集）、ホームページとLINE公式アカウントへの掲載、市報での周知",
  companyProvides: "AIチャットボット（期間中は無償）、回答の学習と調整、月次の利用状況レポート",
  cityNote: "財政課には中間報告の数字を先に共有済み。議会の一般質問で取り上げられる可能性あり。",
  companyNote: "加賀市での結果を北陸の他市への提案に使いたい（事例化の承認をもらう）。",
  midReviewNote:
    "2か月目で電話は約2割減。ごみ分別の質問は解決率が高いが、税の質問は電話に回る傾向。FAQを30件追加する。",
  endReviewNote:
    "電話問い合わせは目標を上回る32 %減。チャットボットだけで解決した割合は52 %で目標に届かず、税・福祉の質問の回答を見直す必要がある。次年度は交付金を活用し、随意契約で本格導入を予算要求する。",
  criteria: [
    {
      label: "電話問い合わせ件数（月平均）",
      target: "−30 %",
      baseline: "月 1,240 件",
      met: true,
      result: "月 843 件（−32 %）",
    },
    { label: "チャットボットだけで解決した割合", target: "60 % 以上", baseline: null, met: false, result: "52 %" },
  ],
};

export const KAGA_CASE = {
  title: "AIチャットボットで市役所への電話問い合わせを3割削減",
  summary:
    "よくある質問への電話が職員の時間を奪っていた加賀市が、株式会社デモテックと無償の実証実験を行い、電話問い合わせを32 %減らした。結果をもとに次年度の本格導入を予算化した。",
  body: [
    "加賀市では代表電話と各課への問い合わせが月に約1,200件あり、その多くはホームページに載っている内容でした。",
    "Kyoso Hub で課題を公開し、株式会社デモテックと3か月の無償の実証実験を行いました。成功指標（電話問い合わせ件数 −30 %、チャットボットだけで解決した割合 60 % 以上）を始める前に両者で合意し、中間と最終の評価で確かめました。",
    "電話問い合わせは32 %減り、目標を上回りました。一方、チャットボットだけで解決した割合は52 %で目標に届かず、税・福祉の質問の回答を見直しています。",
    "実証の結果をもとに、デジタル田園都市国家構想交付金を活用した本格導入を随意契約で予算化しました。",
  ].join("\n\n"),
  partnerRole: "AIチャットボットの提供・運用",
};

export const NANTO_CHALLENGE = {
  title: "電話問い合わせに追われ、窓口の待ち時間が長くなっている",
  situation:
    "南砺市でも、ごみの分別や各種証明書についての電話が多く、窓口の職員が電話に出ている間、来庁された方をお待たせしています。加賀市の事例を読み、同じような取り組みを検討したいと考えました。",
  success: "電話の件数が減り、窓口でお待たせする時間が短くなっている状態。",
};

export const NANTO_THREAD = {
  subject: "加賀市の事例を拝見し、ご相談させてください",
  invite:
    "株式会社デモテック ご担当者様\n\n南砺市企画政策課です。Kyoso Hub で加賀市の「AIチャットボットで市役所への電話問い合わせを3割削減」の事例を拝見しました。南砺市でも同じ悩みがあり、課題として公開しています。一度お話を伺えないでしょうか。",
  answer:
    "南砺市 企画政策課 ご担当者様\n\nご連絡ありがとうございます。加賀市での実証の進め方や、よくある質問の集め方などをご説明できます。来週のご都合のよい日時を教えてください。",
};

export const KAGA_THREAD = {
  subject: "電話問い合わせの件について",
  inquiry:
    "株式会社デモテック ご担当者様\n\n加賀市イノベーション推進部です。電話問い合わせの課題について、御社のAIチャットボットのお話を伺えないでしょうか。",
  answer: "ご連絡ありがとうございます。他の自治体での導入例も含めてご説明します。",
};

export const PEER = {
  subject: "よくある質問（FAQ）の集め方について",
  question:
    "加賀市 ご担当者様\n\n南砺市企画政策課です。事例を拝見しました。実証の前に、各課からよくある質問をどのように集められましたか。件数の目安も教えていただけると助かります。",
  answer:
    "南砺市 ご担当者様\n\n加賀市政策推進課です。各課に過去3か月の電話の内容をメモしてもらい、上位の質問を約150件にまとめました。様式をお送りできますので、必要でしたらお知らせください。",
};

export const PILOT_RUNNING = {
  title: "空き家所有者への案内送付の実証実験",
  purpose:
    "連絡先の分からない空き家所有者に、登記情報をもとに案内を送り、連絡がつく割合と空き家バンクへの登録を確かめる。",
  cityProvides: "空き家の位置データ（個人情報を除く）、案内文の市長名での発送",
  companyProvides: "所有者の調査、案内文の作成と発送作業、問い合わせ窓口",
  criteria: [
    { label: "所有者と連絡がついた件数", target: "100 件以上", baseline: "年 15 件" },
    { label: "空き家バンクへの新規登録", target: "10 件以上", baseline: "年 12 件" },
  ],
};

export const PILOT_PLANNING = {
  title: "避難所の混雑状況を地図で配信する実証実験",
  purpose: "避難所の混雑状況を地図で配信し、避難者が空いている避難所を選べるかを確かめる。",
  cityProvides: "避難所の一覧と収容人数、防災訓練の場",
  companyProvides: "混雑状況の配信システム、訓練当日の運用支援",
  costNote: "通信費と機器のレンタル費",
  criteria: [{ label: "訓練参加者のうち地図を見て避難所を選んだ割合", target: "50 % 以上", baseline: null }],
};
