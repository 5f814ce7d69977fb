// Generated archives for the archive tests: JSONL (and CSV) of articles in which provincial
// leaders meet ministries and central enterprises on many days, some meetings reported by two
// articles (so that they merge), with bad lines where asked.

/** Hosts (province leaders, their city) and guests (ministries, central enterprises, academies). */
const HOSTS = [
  ["湖南省委书记沈晓明", "长沙"],
  ["内蒙古自治区党委书记孙绍骋", "呼和浩特"],
  ["湖北省委书记王蒙徽", "武汉"],
  ["四川省委书记王晓晖", "成都"],
];
const GUESTS = [
  "交通运输部部长李小鹏",
  "国家能源投资集团有限责任公司董事长刘国跃",
  "中国工程院院长李晓红",
  "国家电网有限公司董事长张智刚",
  "中国华电集团有限公司总经理叶向东",
];
const TOPICS = ["推进新能源基地建设", "深化交通基础设施合作", "科技创新与人才培养", "电网建设"];

/** The i-th day from 2024-01-01, ISO. */
function day(i) {
  const d = new Date(Date.UTC(2024, 0, 1 + i));
  return d.toISOString().slice(0, 10);
}

/** A paragraph with no meeting in it, to give articles a news article's length. */
const FILLER = "会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。".repeat(4);

/**
 * The i-th article: a meeting on its own day; every seventh is a second report of the one
 * before. `long` adds paragraphs without meetings (about 700 bytes).
 */
export function article(i, long = false) {
  const k = i % 7 === 6 ? i - 1 : i;
  const [host, city] = HOSTS[k % HOSTS.length];
  const guest = GUESTS[Math.floor(k / HOSTS.length) % GUESTS.length];
  const date = day(k);
  const [y, m, d] = date.split("-").map(Number);
  const meeting = `${y}年${m}月${d}日，${host}在${city}会见${guest}一行，双方就${TOPICS[k % TOPICS.length]}进行深入交流。`;
  const text = long ? `${meeting}\n\n${FILLER}` : meeting;
  return {
    title: `会见报道 ${i + 1}`,
    date,
    url: `https://example.org/news/${i + 1}.html`,
    source: i % 2 ? "新华社" : "人民日报",
    text,
  };
}

/**
 * `count` articles as JSONL; each `bad` entry puts a bad line in at that place (1-based line
 * numbers in the file), given as its text; `long` makes each article longer.
 */
export function jsonl(count, bad = {}, long = false) {
  const lines = [];
  let i = 0;
  while (i < count || bad[lines.length + 1] !== undefined) {
    const line = lines.length + 1;
    if (bad[line] !== undefined) {
      lines.push(bad[line]);
    } else {
      lines.push(JSON.stringify(article(i, long)));
      i++;
    }
  }
  return lines.join("\n") + "\n";
}

/** `count` articles as CSV with headers that name no text column (the dialog must ask). */
export function csvUnnamed(count) {
  const quote = (s) => `"${String(s).replace(/"/g, '""')}"`;
  const rows = ["标识,发表,报道"];
  for (let i = 0; i < count; i++) {
    const a = article(i);
    rows.push([i + 1, a.date, a.text].map(quote).join(","));
  }
  return rows.join("\r\n") + "\r\n";
}
