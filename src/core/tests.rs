//! Table-driven tests of the extractor: one line per sentence and what it must yield.
//!
//! Every sentence here was written for these tests (facts such as names and titles are real,
//! the wording is ours). A new construction is one more line in the collection it belongs to.

use super::*;

fn run(text: &str, date: Option<&str>) -> Document {
    let options = Options {
        reference_date: date.map(|d| parse_iso_date(d).expect("test dates are valid")),
        ..Default::default()
    };
    let doc = analyze(text, &options);
    // Whatever the case, every mention slices the input to its own text.
    for m in &doc.mentions {
        assert_eq!(&text[m.start..m.end], m.text, "span of {m:?} in {text}");
    }
    doc
}

/// The links of a document as sorted "A–B@date" strings (conferences make none).
fn links(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for e in doc
        .events
        .iter()
        .filter(|e| e.kind != EventKind::Conference)
    {
        let mut ids: Vec<&str> = e.parties.iter().map(|p| p.id.as_str()).collect();
        ids.sort();
        let date = e.date.as_ref().map_or(String::new(), |d| d.start.clone());
        let link = format!("{}–{}@{}", ids[0], ids[1], date);
        if !out.contains(&link) {
            out.push(link);
        }
    }
    out.sort();
    out
}

macro_rules! link_case {
    ($text:expr, $date:expr => [$($link:expr),* $(,)?]) => {
        ($text, $date, &[$($link),*] as &[&str])
    };
}

/// Who met whom: the text, the reference date, and every link it must yield (sorted ids, ISO date).
const LINKS: &[(&str, Option<&str>, &[&str])] = &[
    // A leader whose words are cited (学习贯彻习近平总书记…) inspects nothing.
    link_case!("5月19日，安徽省党政代表团赴江苏考察调研，深入学习贯彻习近平总书记关于区域合作的重要论述。", Some("2025-05-21") => ["CN-AH–CN-JS@2025-05-19"]),
    // Firms a headline lists are not the 集团 of the body, which is the page's own firm.
    link_case!("大悦城控股与武汉地铁集团签约\n7月31日，集团党组书记、董事长吕军在武汉拜会武汉市委书记王忠林。王忠林希望中粮集团继续投资武汉。中粮集团将加大投资。\n", Some("2020-08-01") => ["中粮集团有限公司–武汉市@2020-07-31"]),
    // Hosts who accompany another province's delegation (省委副书记、市委书记A，副省长B陪同) take
    // part for their province: the city's title adds no party.
    link_case!("5月9日，黑龙江省省长胡昌升率黑龙江党政代表团莅临正威集团总部调研，广东省委副书记、深圳市委书记王伟中，广东省副省长孙志洋率团陪同。", Some("2021-05-10") => ["CN-GD–CN-HL@2021-05-09", "CN-HL–正威集团@2021-05-09"]),
    // One office with two names is the one the text names (中央台办, not 国台办).
    link_case!("4月24日，龙岩市委书记余红胜在北京拜访中央台办。", Some("2024-04-27") => ["中共中央台湾工作办公室–龙岩市@2024-04-24"]),
    // A dispatch filed from two places (成都/汉中) is a header: the agency meets no one.
    link_case!("新华社四川成都/陕西汉中7月29日电 中共中央总书记习近平7月25日在四川考察。", Some("2023-07-29") => ["CN-SC–中共中央@2023-07-25"]),
    // A group absorbed by another that still works under its name is never folded into it.
    link_case!("10月31日，昆明市委书记程连元会见中冶集团董事长国文清。", Some("2020-11-01") => ["中国冶金科工集团有限公司–昆明市@2020-10-31"]),
    // A firm's name begins after the verb of going there (莅临, 到访).
    link_case!("5月9日，黑龙江省省长胡昌升率团莅临正威集团调研。", Some("2021-05-10") => ["CN-HL–正威集团@2021-05-09"]),
    // A filing date in brackets opening the line is a header, not the meeting's day.
    link_case!("两省座谈会举行\n（2010年11月23日 南京）2010年11月22日，安徽省党政代表团来江苏考察访问。", Some("2010-11-23") => ["CN-AH–CN-JS@2010-11-22"]),
    // Who only attends (应邀参加) brings no body of their own into the meeting.
    link_case!("福建省委书记周祖翼与上海市代表团座谈 洪清华应邀参加\n11月12日，福建省委书记周祖翼与上海市代表团座谈。景域集团董事长洪清华等随团考察。", Some("2023-11-14") => ["CN-FJ–CN-SH@2023-11-12"]),
    // A province and a ministry, with the titles of both sides.
    link_case!("3月14日，四川省委书记王晓晖、省长黄强在成都会见教育部党组书记、部长怀进鹏。", Some("2024-03-20") => ["CN-SC–教育部@2024-03-14"]),
    // One governor, several counterparts: one link each.
    link_case!("5月8日，浙江省省长王浩在北京拜访财政部、水利部和国家铁路集团。", Some("2024-05-10") => [
        "CN-ZJ–中国国家铁路集团有限公司@2024-05-08", "CN-ZJ–水利部@2024-05-08", "CN-ZJ–财政部@2024-05-08"]),
    // Two provinces signing in Beijing: Beijing is where, not who.
    link_case!("9月2日，云南省人民政府、西藏自治区人民政府在北京签订清洁能源合作协议。", Some("2024-09-05") => ["CN-XZ–CN-YN@2024-09-02"]),
    // A delegation visiting another province, abbreviation after 来.
    link_case!("11月27日至29日，江苏省党政代表团来川考察。", Some("2023-12-01") => ["CN-JS–CN-SC@2023-11-27"]),
    // One side 与 a list that ends in 和: the side meets each, never the listed with each other.
    link_case!("10月18日，辽宁省与中国核工业集团有限公司、中国兵器工业集团有限公司和中国石油天然气集团有限公司分别举行工作会商。", Some("2025-10-22") => [
        "CN-LN–中国兵器工业集团有限公司@2025-10-18", "CN-LN–中国核工业集团有限公司@2025-10-18", "CN-LN–中国石油天然气集团有限公司@2025-10-18"]),
    // A firm's head as the subject: the places after the verb are met, not the side.
    link_case!("3月18日，华电集团董事长李庆奎在广州拜会广东省委书记胡春华。在粤期间，李庆奎还会见了南方电网和湛江市委主要领导。", Some("2014-03-25") => [
        "CN-GD–中国华电集团有限公司@2014-03-18", "中国华电集团有限公司–中国南方电网有限责任公司@2014-03-18", "中国华电集团有限公司–湛江市@2014-03-18"]),
    // Two outlets joined by a dash head one dispatch: its day is the filing's, not the meeting's.
    link_case!("东南网-福建日报6月28日讯(记者 兰锋) 27日，省政府与招商局集团在福州签署协议。", Some("2012-06-28") => ["CN-FJ–招商局集团有限公司@2012-06-27"]),
    // A place in an outlet's name in running text (北京青年报记者) is no party.
    link_case!("3月22日，云南党政代表团离开昆明，拜访广西。北京青年报记者梳理了各省党政代表团出省考察的情况。", None => ["CN-GX–CN-YN@--03-22"]),
    // 中联办 alone is Hong Kong's Liaison Office, Macau's in an article about Macau; 昨 alone
    // before a verb is the day before the publication.
    link_case!("中联办主任郑雁雄昨在福州拜会福建省委书记周祖翼。", Some("2024-02-02") => ["CN-FJ–中央人民政府驻香港特别行政区联络办公室@2024-02-01"]),
    link_case!("新华社澳门5月9日电 5月8日，中联办主任郑新聪会见广东省省长王伟中。", None => ["CN-GD–中央人民政府驻澳门特别行政区联络办公室@--05-08"]),
    // Guests who only attend (共同担任主礼嘉宾) bring no party of their own.
    link_case!("10月20日，澳门与北京签署合作协议，全国政协副主席何厚铧、外交部驻澳门特别行政区特派员公署副特派员潘云东等共同担任主礼嘉宾。", None => ["CN-BJ–CN-MO@--10-20"]),
    // A name that defines its short form in brackets is the subject, and so is the short form
    // later; 日前 with the day in brackets is that day; 接待 is a meeting.
    link_case!("香港中华厂商联合会（厂商会）日前（3月21日）接待贵州省政府代表团。厂商会会长施荣怀与贵州省政府签署合作协议。", Some("2013-03-22") => ["CN-GZ–香港中华厂商联合会@2013-03-21"]),
    // Parties of Taiwan and the mainland's democratic parties are parties; 荣誉主席 is a title.
    link_case!("6月22日，山东省副省长于晓明在台北拜会了中国国民党荣誉主席吴伯雄。", Some("2015-06-23") => ["CN-SD–中国国民党@2015-06-22"]),
    // A firm the lexicons lack, after a verb of going there (来到), is the place visited and met.
    link_case!("5日，青岛市委书记曾赞荣来到阿斯利康公司中国区总部，与阿斯利康全球执行副总裁尹思睿座谈交流。", Some("2025-11-06") => ["阿斯利康公司–青岛市@2025-11-05"]),
    // Pairs written out one by one.
    link_case!("7月1日，成都市与重庆市、西安市与郑州市分别签署合作框架协议。", Some("2024-07-02") => ["CN-CQ–成都市@2024-07-01", "西安市–郑州市@2024-07-01"]),
    // 次日 and 同一天 take the event before.
    link_case!("4月9日，山东省省长周乃翔在北京拜会国务院国资委。次日，山东省政府与中国华能集团有限公司举行工作会谈。", Some("2024-04-15") => [
        "CN-SD–中国华能集团有限公司@2024-04-10", "CN-SD–国务院国有资产监督管理委员会@2024-04-09"]),
    // A day without its month, and a summary repeated in detail: one link.
    link_case!("6月11日，福建省委书记周祖翼会见国家电网董事长张智刚。\n11日上午，周祖翼与张智刚举行会谈。", Some("2024-06-12") => ["CN-FJ–国家电网有限公司@2024-06-11"]),
    // A leader's inspection links the Party centre and the place.
    link_case!("2024年4月22日至24日，习近平总书记在重庆考察。", None => ["CN-CQ–中共中央@2024-04-22"]),
    // A minister's inspection of a province links the province and the ministry.
    link_case!("6月3日，国家发展改革委主任郑栅洁在贵州调研，省长李炳军陪同。", Some("2024-06-05") => ["CN-GZ–国家发展和改革委员会@2024-06-03"]),
    // The year from a dateline when no reference date is given; a date after it is the year before.
    link_case!("标题\n\n2024年1月5日 10:20\n\n12月28日，湖南省委书记沈晓明会见中国铁建董事长戴和根。", None => ["CN-HN–中国铁道建筑集团有限公司@2023-12-28"]),
    // A news agency's dispatch header names where it was filed and when, not who met or when.
    link_case!("新华社北京3月6日电（记者张华）3月4日，北京市委书记尹力会见天津市委书记陈敏尔。", Some("2024-03-06") => ["CN-BJ–CN-TJ@2024-03-04"]),
    link_case!("本报长沙5月22日电　5月20日至21日，广东省党政代表团赴湖南考察。", Some("2024-05-22") => ["CN-GD–CN-HN@2024-05-20"]),
    link_case!("人民网南宁2024年8月9日电 8月8日，广西壮族自治区主席蓝天立会见中国东方航空集团有限公司董事长王志清。", None => ["CN-GX–中国东方航空集团有限公司@2024-08-08"]),
    // 近日 gives no date, and does not take one from the event before.
    link_case!("5月2日，湖北省省长王忠林会见中国电信董事长柯瑞文。近日，广东省与广西壮族自治区签署协作协议。", Some("2024-05-10") => [
        "CN-GD–CN-GX@", "CN-HB–中国电信集团有限公司@2024-05-02"]),
    // Traditional script.
    link_case!("10月9日，吉林省委書記黃強會見中國石油天然氣集團有限公司董事長戴厚良。", Some("2024-10-10") => ["CN-JL–中国石油天然气集团有限公司@2024-10-09"]),
    // Organisations outside the lexicons are parties under their names as written: a private
    // firm after 会见, a provincial firm after 与, a paper with its place inside its name.
    link_case!("6月3日，浙江省省长王浩会见远景科技集团董事长张雷。", Some("2024-06-05") => ["CN-ZJ–远景科技集团@2024-06-03"]),
    link_case!("6月3日，山东省政府与山东能源集团有限公司签署合作协议。", Some("2024-06-05") => ["CN-SD–山东能源集团有限公司@2024-06-03"]),
    link_case!("6月3日，贵州省委书记走访香港文汇报，与社长座谈。", Some("2024-06-05") => ["CN-GZ–香港文汇报@2024-06-03"]),
    // A registered name with a bracketed word; the place inside it is no party.
    link_case!("5月27日，山东省人民政府与上海复星高科技（集团）有限公司签署战略合作协议。", Some("2024-05-28") => ["CN-SD–上海复星高科技（集团）有限公司@2024-05-27"]),
    // An outlet's header names no party (香港文汇报讯, 某某网10月28日济南消息).
    link_case!("香港文汇报讯（记者 张三）4月20日，贵州省委书记会见中国华能董事长。", Some("2024-04-21") => ["CN-GZ–中国华能集团有限公司@2024-04-20"]),
    link_case!("中国台湾网10月28日济南消息 10月25日下午，山东省与富士康科技集团签约。", Some("2024-10-28") => ["CN-SD–富士康科技集团@2024-10-25"]),
    // On a firm's own page 集团公司 is that firm, named only later.
    link_case!("12月9日，集团公司党委书记、董事长周洲会见了吉林省委常委李伟一行。李伟感谢中国黄金集团的支持。", Some("2024-12-10") => ["CN-JL–中国黄金集团有限公司@2024-12-09"]),
    // A dispatch's 今天 and 今晚 are the day it was filed.
    link_case!("本报2月9日讯 今天，吉林省人民政府和中国银行股份有限公司签署战略合作协议。", Some("2024-02-10") => ["CN-JL–中国银行股份有限公司@2024-02-09"]),
    link_case!("湖北日报北京13日电（记者 张三）今晚，湖北省委书记李鸿忠会见水利部部长陈雷。", Some("2011-03-14") => ["CN-HB–水利部@2011-03-13"]),
    // A place before a firm's name that the text also writes without it only says where the firm
    // is from: one party, under the shorter name.
    // A bilateral 联席会 is a meeting of the two; 2015年度 names its round, not its day.
    link_case!("11月28日，教育部、广东省在京召开2015年度部省联席会。", Some("2015-11-30") => ["CN-GD–教育部@2015-11-28"]),
    // A clause that opens at a firm (在某集团，) is a call on it, and its 集团 is that firm.
    link_case!("8月12日，济南市委书记刘强到部分企业走访。\n在某某能源集团，刘强与集团董事长王五座谈。\n在某某商业集团，刘强与集团董事长赵六座谈。", Some("2024-08-13") => ["某某商业集团–济南市@2024-08-12", "某某能源集团–济南市@2024-08-12"]),
    // A firm the lexicons lack, named only by the words before its chairman's title.
    link_case!("4月7日，集团总经济师、某某地产董事长张三在福州与福建省委书记王五会晤。", Some("2010-04-09") => ["CN-FJ–某某地产@2010-04-07"]),
    // A bank's branch in a city is one party, and 行长 across its name is no title.
    link_case!("3月22日，四平市人民政府与某某银行长春分行签约。", Some("2016-03-31") => ["四平市–某某银行长春分行@2016-03-22"]),
    // A day of the month told before (4月初以来…, then 4月7日) is the same meeting's finer date.
    link_case!("4月初以来，北京市党政代表团赴新疆考察。4月7日至15日，北京市党政代表团赴新疆考察对接。", Some("2010-04-19") => ["CN-BJ–CN-XJ@2010-04-07"]),
    // What stands between 除 and 外 (an opening attended, its day) is set aside; one leader who
    // 分别拜会 several bodies went to each.
    link_case!("澳门特区行政长官崔世安除列席5日举行的全国人民代表大会开幕式外，还分别拜会外交部、海关总署。", Some("2016-03-07") => ["CN-MO–外交部@", "CN-MO–海关总署@"]),
    // A place set aside (除了…之外) takes no part in the meeting told.
    link_case!("除了河南之外，12月18日，江西省委书记刘奇去了北大，与北京大学校长郝平会谈。", Some("2020-12-19") => ["CN-JX–北京大学@2020-12-18"]),
    // One person's chain of titles, through a body the lexicons lack, is one side: the body nearest the name.
    link_case!("6月24日，中山市市长肖展欣会见全国政协常委、某某企业家联盟主席、某某集团董事会主席张三。", Some("2022-06-25") => ["中山市–某某集团@2022-06-24"]),
    link_case!("10月25日，山东省与富士康科技集团签约，台湾富士康科技集团总裁郭台铭出席。", Some("2024-10-28") => ["CN-SD–富士康科技集团@2024-10-25"]),
    // A list after the verb is counterparts of the home side, never a pair of its own.
    link_case!("6月8日，江西省省长走访了招商局集团和华润集团。", Some("2024-06-09") => ["CN-JX–华润（集团）有限公司@2024-06-08", "CN-JX–招商局集团有限公司@2024-06-08"]),
    // A line of who attended adds people to the meeting told, and no link of their bodies.
    link_case!("9月26日，吉林省委书记会见中国建材集团董事长。吉林省及长春市领导参加会见。", Some("2024-09-27") => ["CN-JL–中国建材集团有限公司@2024-09-26"]),
    // A subsidiary is never folded into its parent.
    link_case!("6月3日，四川省副省长会见中国航发四川燃气涡轮研究院院长。", Some("2024-06-05") => ["CN-SC–中国航发四川燃气涡轮研究院@2024-06-03"]),
    // A converter's pinyin glosses are read as the words without them.
    link_case!("10月9日，吉林省委書記黃強會(huì)見中國石油天然氣集團有限公司董事長(zhǎng)戴厚良。", Some("2024-10-10") => ["CN-JL–中国石油天然气集团有限公司@2024-10-09"]),
    // 昨（9）日 is the day before publication.
    link_case!("昨(9)日，河南省省长王凯会见国家电网董事长张智刚。", Some("2024-10-10") => ["CN-HA–国家电网有限公司@2024-10-09"]),
    // Old names resolve to their successors after the change.
    link_case!("2024年3月1日，辽宁省省长李乐成拜会中国银保监会。", None => ["CN-LN–国家金融监督管理总局@2024-03-01"]),
    link_case!("2022年3月1日，辽宁省省长李乐成拜会中国银保监会。", None => ["CN-LN–中国银行保险监督管理委员会@2022-03-01"]),
    // A summary's range gives way to the day a later paragraph names for one of its meetings.
    link_case!("2月5日至6日，河南省委书记楼阳生在北京拜会财政部、中国石油化工集团有限公司。\n6日，河南省政府与中国石化签署合作协议。", Some("2024-02-10") => [
        "CN-HA–中国石油化工集团有限公司@2024-02-06", "CN-HA–财政部@2024-02-05"]),
    // An academician's academy is an honour, not a side of the meeting.
    link_case!("4月7日，浙江省省长王浩会见中国工程院院士、浙江大学校长杜江峰。", Some("2024-04-08") => ["CN-ZJ–浙江大学@2024-04-07"]),
    // A bare day after the publication day is in the month before.
    link_case!("吉林省省长胡玉亭28日在长春会见中国第一汽车集团有限公司董事长邱现东。", Some("2024-12-02") => ["CN-JL–中国第一汽车集团有限公司@2024-11-28"]),
    // 自治区党委 with no region named: the region of the city where it happens.
    link_case!("3月6日，自治区党委书记陈刚在南宁会见中国中化控股有限责任公司董事长李凡荣。", Some("2024-03-08") => ["CN-GX–中国中化控股有限责任公司@2024-03-06"]),
    // 省长 and 市长 glued to the place's full name (四川省长, 北京市长).
    link_case!("6月12日，四川省长施小琳在成都会见中国东方电气集团有限公司董事长俞培根。", Some("2024-06-13") => ["CN-SC–中国东方电气集团有限公司@2024-06-12"]),
    link_case!("6月12日，北京市长殷勇会见中国石油天然气集团有限公司董事长戴厚良。", Some("2024-06-13") => ["CN-BJ–中国石油天然气集团有限公司@2024-06-12"]),
    // A province before its own city only says where the city is.
    link_case!("6月12日，湖南省长沙市与中国中车集团有限公司签署合作协议。", Some("2024-06-13") => ["中国中车集团有限公司–长沙市@2024-06-12"]),
    // 今天 and 昨日 count from the publication date.
    link_case!("今天上午，海南省委书记冯飞会见中国南方电网有限责任公司董事长孟振平。", Some("2024-03-01") => ["CN-HI–中国南方电网有限责任公司@2024-03-01"]),
    link_case!("昨日，海南省委书记冯飞会见中国南方电网有限责任公司董事长孟振平。", Some("2024-03-01") => ["CN-HI–中国南方电网有限责任公司@2024-02-29"]),
    // A vice premier's inspection links the State Council with the place.
    link_case!("5月16日，国务院副总理丁薛祥在福建考察。", Some("2024-05-20") => ["CN-FJ–国务院@2024-05-16"]),
    // 会面 is a meeting word too.
    link_case!("10月9日，青海省省长吴晓军与中国华能集团有限公司董事长温枢刚在西宁会面。", Some("2024-10-10") => ["CN-QH–中国华能集团有限公司@2024-10-09"]),
    // 次日 counts from the day written before, even when that meeting's other side is unknown.
    link_case!("6月3日，河北省政府与一家地方企业座谈。次日，河北省委书记倪岳峰会见中国建材集团有限公司董事长周育先。", Some("2024-06-10") => ["CN-HE–中国建材集团有限公司@2024-06-04"]),
    // The year written a paragraph before carries to the days that follow it; 赴北京 is where a
    // ministry was met, not a party; a verb with no one before it goes on with the same side.
    link_case!("2023年12月18日，山东省委书记林武在济南会见中国铝业集团有限公司董事长段向东。\n12月19日上午，林武赴北京拜会工业和信息化部部长金壮龙；下午，拜会自然资源部部长王广华。", Some("2024-12-20") => [
        "CN-SD–中国铝业集团有限公司@2023-12-18", "CN-SD–工业和信息化部@2023-12-19", "CN-SD–自然资源部@2023-12-19"]),
    // 访问北京 too, when bodies are met there.
    link_case!("10月12日，香港特区行政长官李家超访问北京，先后拜会国家发展改革委、商务部。", Some("2024-10-20") => [
        "CN-HK–商务部@2024-10-12", "CN-HK–国家发展和改革委员会@2024-10-12"]),
    // One person with titles of two bodies acts for the body of the title nearest the name.
    link_case!("8月15日，中央宣传部副部长、中央网信办主任庄荣文在浙江调研，浙江省委书记易炼红会见了庄荣文一行。", Some("2024-08-20") => [
        "CN-ZJ–中央网络安全和信息化委员会办公室@2024-08-15"]),
    // ...but a delegation going to a province meets that province.
    link_case!("5月6日，青海省党政代表团赴江苏考察。", Some("2024-05-20") => ["CN-JS–CN-QH@2024-05-06"]),
    // With no publication date, the year the text opens with is the year of the days it tells.
    link_case!("2024年中央经济工作会议闭幕后，多地负责同志在京对接。\n\n12月13日，吉林省委书记黄强在北京会见国家电网有限公司董事长张智刚。", None => [
        "CN-JL–国家电网有限公司@2024-12-13"]),
    // 双方 on a later day: the same two sides meet again.
    link_case!("7月5日，上海市委书记陈吉宁会见香港特区政府政务司司长陈国基。\n7月6日，双方举行沪港合作会议第六次会议。", Some("2024-07-10") => [
        "CN-HK–CN-SH@2024-07-05", "CN-HK–CN-SH@2024-07-06"]),
    // A heading takes no date from the meeting before it: the paragraph under it dates it.
    link_case!("12月12日，广西壮族自治区主席韦韬拜会商务部。\n\n**四川：与国铁集团举行工作会谈**\n\n12月13日，四川省人民政府与中国国家铁路集团有限公司举行工作会谈。", Some("2025-12-20") => [
        "CN-GX–商务部@2025-12-12", "CN-SC–中国国家铁路集团有限公司@2025-12-13"]),
    // Two central bodies, with no place on either side: the one before the verb meets the one after.
    link_case!("3月5日，教育部部长怀进鹏会见中国科学院院长侯建国。", Some("2024-03-10") => ["中国科学院–教育部@2024-03-05"]),
    // 代表团 alone is the delegation named last, on the next leg of its tour.
    link_case!("5月6日，青海省党政代表团赴江苏考察。5月8日，代表团前往上海，上海市委书记陈吉宁会见代表团一行。", Some("2024-05-20") => [
        "CN-JS–CN-QH@2024-05-06", "CN-QH–CN-SH@2024-05-08"]),
    // A city written after its province stands where the province was put (在山西太原).
    link_case!("3月10日，国家能源局局长章建华在山西太原调研。", Some("2024-03-20") => ["CN-SX–国家能源局@2024-03-10"]),
    link_case!("3月10日，国家能源局局长章建华在山西省太原市调研。", Some("2024-03-20") => ["CN-SX–国家能源局@2024-03-10"]),
    // A city's own paper: its 市委 is that city, though another city was named before.
    link_case!("绵阳日报讯（记者 张三）5月6日，市委书记李四在成都市拜会中国电信集团有限公司。", Some("2024-05-07") => ["中国电信集团有限公司–绵阳市@2024-05-06"]),
    // With no outlet, 市委 before any city is named is the city the report names most.
    link_case!("5月6日，市委书记李四会见中国电信集团有限公司董事长柯瑞文。柯瑞文表示，将加大在绵阳投资，助力绵阳发展。", Some("2024-05-07") => ["中国电信集团有限公司–绵阳市@2024-05-06"]),
    // A lead that dates the day and tells no meeting dates the meetings told after it.
    link_case!("4月12日，大连市政府举办招待会。\n招待会前，辽宁省省长李四会见了中国造船工程学会理事长王五。", Some("2024-04-14") => ["CN-LN–中国造船工程学会@2024-04-12"]),
    // ...but a dateline's date does not.
    link_case!("2024年04月12日 10:54 来源：某日报\n辽宁省省长李四会见了中国造船工程学会理事长王五。", Some("2024-04-14") => ["CN-LN–中国造船工程学会@"]),
    // A county-level city is a party under its name; an association ending in 协进会 is one too.
    link_case!("5月29日，仁怀市委书记李四会见台湾工商协进会理事长王五一行。", Some("2024-06-01") => ["仁怀市–台湾工商协进会@2024-05-29"]),
    // A list of counterparts goes on over ；: each firm is met.
    link_case!("6月22日，石家庄市委书记李四带队到北京，分别拜访了中粮集团有限公司党组书记、董事长王五；中国华能集团有限公司党组书记、董事长赵六。", Some("2023-06-23") => [
        "中国华能集团有限公司–石家庄市@2023-06-22", "中粮集团有限公司–石家庄市@2023-06-22"]),
    // The name of a plenary session (省委十届二次全会) is no party.
    link_case!("为落实省委十届二次全会部署，6月22日，石家庄市委书记李四拜访了中粮集团有限公司。", Some("2023-06-23") => ["中粮集团有限公司–石家庄市@2023-06-22"]),
    // A home party after the verb is met when the side goes on from the sentence before.
    link_case!("6月22日，石家庄市委书记李四拜访了中粮集团有限公司。同时拜访北京市国资委主任王五。", Some("2023-06-23") => [
        "CN-BJ–石家庄市@2023-06-22", "中粮集团有限公司–石家庄市@2023-06-22"]),
    // One person with titles of two bodies takes part for the one nearest the name.
    link_case!("4月12日，辽宁省省长李四会见了全国工商联副主席、香港世茂集团董事局主席许荣茂。", Some("2010-04-14") => ["CN-LN–香港世茂集团@2010-04-12"]),
    // A body merged into another in a reform is its successor after the day.
    link_case!("3月4日，国务院港澳事务办公室主任夏宝龙在北京会见香港特别行政区行政长官李家超。", Some("2024-03-05") => ["CN-HK–中央港澳工作办公室@2024-03-04"]),
    link_case!("3月4日，国务院港澳事务办公室主任王光亚在北京会见香港特别行政区行政长官梁振英。", Some("2014-03-05") => ["CN-HK–国务院港澳事务办公室@2014-03-04"]), // 昨晚 is the day before publication; a name ends at a time word; the place one came to is where.
    link_case!("香港中联办主任郑雁雄昨晚会见了来港访问的四川省委书记王晓晖一行。", Some("2024-03-05") => ["CN-SC–中央人民政府驻香港特别行政区联络办公室@2024-03-04"]),
    // A bare 行政长官 is the region's that the dispatch was filed from.
    link_case!("新华社澳门5月9日电 行政长官贺一诚昨日下午在礼宾府与广东省委书记黄坤明会面。", Some("2024-05-09") => ["CN-GD–CN-MO@2024-05-08"]),
    // A seat in a congress or a CPPCC describes the person; the body takes no part.
    link_case!("3月5日，四川省委书记王晓晖会见了全国政协委员、通威集团董事长刘汉元。", Some("2024-03-06") => ["CN-SC–通威集团@2024-03-05"]),
    // A weekday is one of the publication's week (上周五) or of its own week (本周二).
    link_case!("澳门特区行政长官贺一诚上周五在北京拜会外交部。", Some("2016-03-07") => ["CN-MO–外交部@2016-03-04"]),
    link_case!("澳门特区行政长官贺一诚本周二在北京拜会外交部。", Some("2013-10-24") => ["CN-MO–外交部@2013-10-22"]),
    // The day a trip ended dates none of the calls told after it.
    link_case!("澳门特区行政长官贺一诚的北京行程昨日结束。在京期间，贺一诚拜会外交部。贺一诚3日拜会外交部。", Some("2016-03-07") => ["CN-MO–外交部@2016-03-03"]),
    // 访问三日 counts days; a chief executive's trip to Beijing calls on the centre, not the city.
    link_case!("香港特首梁振英本周二到北京访问三日，昨日与港澳办主任王光亚会面。", Some("2013-10-24") => ["CN-HK–国务院港澳事务办公室@2013-10-23"]),
    // Places joined by a dot name a gathering, which takes no part.
    link_case!("10月23日，香港特首梁振英出席北京·香港经济合作研讨洽谈会，并会见商务部部长高虎城。", Some("2013-10-24") => ["CN-HK–商务部@2013-10-23"]),
    // 到…汇报对接 is a call on each body listed; a purpose (为…争取) before a comma is no plan.
    link_case!("为丽江争取资金，8月21日，丽江市市长郑艺先后到财政部、教育部汇报对接工作。", Some("2019-08-30") => ["丽江市–教育部@2019-08-21", "丽江市–财政部@2019-08-21"]),
    // A rotating chairman's firm is the one before the whole chain of titles.
    link_case!("3月18日，四川省省长施小琳会见华为技术有限公司副董事长、轮值董事长孟晚舟。", Some("2025-03-18") => ["CN-SC–华为技术有限公司@2025-03-18"]),
    // A city's own official before any city is named is the city the article names most.
    link_case!("3月5日，副市长徐军赴京拜访中国海油。常州将持续优化环境。常州经济发展良好。", Some("2025-03-10") => ["中国海洋石油集团有限公司–常州市@2025-03-05"]),
    // A firm the lexicons lack opens a Party title chain that holds a firm's title; a place
    // written before a firm's name is part of it.
    link_case!("3月5日，常州市副市长徐军与远景能源党委副书记、董事、总经理周天育座谈。", Some("2025-03-10") => ["常州市–远景能源@2025-03-05"]),
    link_case!("3月5日，常州市副市长徐军与北京千方科技董事长夏曙东座谈。", Some("2025-03-10") => ["北京千方科技–常州市@2025-03-05"]),
    // 周 before a name is a surname, not a weekday; a page's time stamp dates no meeting.
    link_case!("更新时间：2011-3-19 10:29:36 3月14日，常州市副市长徐军与远景能源总经理周天育座谈。", Some("2011-03-19") => ["常州市–远景能源@2011-03-14"]),
    // A firm's official signing with several cities meets each; the cities never meet each other.
    link_case!("3月14日，中国中铁董事长李长进代表中国中铁分别与广州市政府、深圳市政府签订战略合作协议。", Some("2011-03-19") => ["中国铁路工程集团有限公司–广州市@2011-03-14", "中国铁路工程集团有限公司–深圳市@2011-03-14"]),
    // A municipality's 市委 and 市长 are its own, over a city named before.
    link_case!("韩正会见大连市党政代表团。5月15日，上海市委书记韩正，市委副书记、市长应勇会见辽宁省党政代表团。", Some("2017-05-15") => ["CN-LN–CN-SH@2017-05-15", "CN-SH–大连市@"]),
    // An archive record's paper names the home city: 我市 is it, whatever city is named.
    link_case!("【报纸名称】：张家口日报\n本报讯 5月10日，乌兰察布市市委书记王学丰率党政代表团到我市考察。", Some("2014-05-12") => ["乌兰察布市–张家口市@2014-05-10"]),
    // A firm's chief executive names the firm before the title; a venue named after a place is
    // where, not who.
    link_case!("5月20日，山西省省长林武在太原迎宾馆会见了百胜中国首席执行官屈翠容。", Some("2021-05-21") => ["CN-SX–百胜中国@2021-05-20"]),
    link_case!("8月25日，福建省省长于伟国在广州市广东迎宾馆与广东省福建商会企业家座谈。", Some("2016-08-26") => ["CN-FJ–广东省福建商会@2016-08-25"]),
    // A leader's inspection of firms is no gathering with firms as a whole.
    link_case!("中共中央总书记习近平8日在四川省委书记王晓晖陪同下，先后到眉山等地农村、学校、企业调研。", Some("2022-06-10") => ["CN-SC–中共中央@2022-06-08"]),
    // The NPC's 委员长 chairs its Standing Committee.
    link_case!("全国人大委员长张德江昨日在北京会见香港特首梁振英。", Some("2013-10-24") => ["CN-HK–全国人民代表大会常务委员会@2013-10-23"]),
];

/// Parties as written: the text, the whole name a mention must cover, and the party it resolves to.
const PARTY_NAMES: &[(&str, &str, &str)] = &[
    // A short name with its legal form written after it is one name; a group's listed company
    // (股份有限公司) is a body of its own, never folded into the group.
    (
        "云南省长王予波会见中国中铁股份有限公司董事长陈云。",
        "中国中铁股份有限公司",
        "中国中铁股份有限公司",
    ),
    (
        "云南省长王予波会见中国石化集团公司董事长马永生。",
        "中国石化集团公司",
        "中国石油化工集团有限公司",
    ),
    (
        "云南省长王予波会见国家电网公司董事长张智刚。",
        "国家电网公司",
        "国家电网有限公司",
    ),
    // A firm keeps the brackets of its name as the text writes them.
    (
        "5月8日，浙江省与上海某某科技(集团)有限公司签约。",
        "上海某某科技(集团)有限公司",
        "上海某某科技(集团)有限公司",
    ),
    // A firm written first with its place, then without: one party, as first written.
    (
        "5月8日，珠海市政府与香港某某集团签约。某某集团董事长张三致辞。",
        "某某集团",
        "香港某某集团",
    ),
    // One-character abbreviations where nothing else can be read.
    ("江苏省党政代表团来川考察。", "川", "CN-SC"),
];

#[test]
fn party_names_table() {
    for (text, written, id) in PARTY_NAMES {
        let doc = run(text, Some("2024-03-20"));
        let found = doc
            .mentions
            .iter()
            .find(|m| m.kind == MentionKind::Party && m.text == *written);
        let resolved = found.and_then(|m| m.resolved.as_deref());
        assert_eq!(resolved, Some(*id), "{written} in: {text}");
    }
}

/// Sentences that must make no link at all.
const NO_LINKS: &[&str] = &[
    // In Beijing a delegation calls on the centre: the city is no party unless inspected.
    "9月7日，贵州省党政代表团在北京与企业家座谈。",
    // A habit (每年均在港举办) is no meeting told.
    "湖北自2002年起，每年均在港举办鄂港经贸合作洽谈活动。",
    // One person's chain of titles of two bodies (省委常委、市委书记) is one side, not two.
    "青岛日报讯 4日至6日，省委常委、市委书记曾赞荣带领有关方面负责同志，参加进博会有关活动，并先后在上海、武汉走访部分企业。",
    // A past visit's speech is background, not an inspection told.
    "全省上下深入学习贯彻习近平总书记来青考察重要讲话精神。",
    // Organisations told by kind, not by name, are no parties.
    "6月3日，浙江省省长王浩会见了两家公司和有关企业集团的负责人。",
    // Background with no meeting.
    "近年来，安徽与国家能源局在能源保障方面合作密切，陕电入皖工程进展顺利。",
    // A conference is not a link.
    "12月11日至12日，中央经济工作会议在北京举行，各省区市主要负责人参加会议。",
    // Places merely named.
    "京津冀协同发展和长三角一体化是国家战略。",
    // The Party centre named in passing.
    "在党中央坚强领导下，贵州省委召开常委会会议。",
    // Ministries listed as attendees with no home side.
    "财政部部长蓝佛安、交通运输部部长李小鹏出席了座谈会。",
    // A department of a province is not the central body.
    "省教育厅与省交通运输厅举行工作会谈。",
    // A joint meeting of many provinces is a conference (GUIDE section 2).
    "9月12日，泛珠三角区域合作联席会议在南宁召开，广西、广东、福建、海南等省区负责同志出席会议。",
    // A session of the NPC is a conference, its provincial delegations included.
    "3月6日上午，十四届全国人大二次会议江苏代表团举行全体会议。",
    // Headlines of other articles after 【相关阅读】 are not the report.
    "河北省政府召开常务会议。\n【相关阅读】\n· 湖南省委书记沈晓明会见中国移动董事长杨杰",
    // Quoted words are not the reporter's account.
    "他说，“希望国家能源局和中国石化与我省加强会谈合作”。", // A plan is not a meeting held.
    "四川省委书记王晓晖表示，计划6月赴港与香港特区政府洽谈合作。",
    "四川省政府与国家能源局将于明年签署合作协议。",
    // A speech given on a past visit, with the place visited written in it.
    "林武说，我们深入贯彻习近平总书记视察山西重要讲话精神。",
    // Places listed as one subject that meets someone unnamed do not meet each other.
    "12月5日，河南、湖北两省主要负责同志在京与部分央企负责人座谈。",
    "12月5日，甘肃、宁夏、新疆等省区负责人在北京与有关部委座谈。",
    // A remark on the past is no meeting told; nor is a year's round (2015年度) a date.
    "这是继2011年3月教育部、广东省签署合作协议以来的第五次会议。",
    "河北省委书记倪岳峰说，这已不是河北省首次与国家能源局签署合作协议。",
    // A symposium with central firms as a whole, and the signing held with it, is a gathering.
    "3月14日，广东省与中央企业合作座谈会暨签约仪式在北京举行，广东省委书记汪洋、国务院国资委主任王勇出席，中交股份董事长周纪昌出席会议。",
    // A place that qualifies a noun, or names a gathering, takes no part.
    "12月5日，河南省委书记楼阳生在京与上海知名企业家代表座谈。",
    "12月5日，青海省委书记陈刚在京出席中央西藏工作座谈会。",
];

#[test]
fn links_table() {
    for (text, date, want) in LINKS {
        let got = links(&run(text, *date));
        let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        assert_eq!(got, want, "links of: {text}");
    }
}

#[test]
fn no_links_table() {
    for text in NO_LINKS {
        let got = links(&run(text, Some("2024-01-01")));
        assert!(got.is_empty(), "no links expected in: {text}, got {got:?}");
    }
}

/// People: the text, then a name with its organisation and roles.
const PEOPLE: &[(&str, &str, Option<&str>, &[&str])] = &[
    // 会长 of a local organisation is `other`; of a national one (中国…学会) `head`.
    (
        "香港中华厂商联合会（厂商会）接待贵州省政府代表团。厂商会会长施荣怀致辞。",
        "施荣怀",
        Some("香港中华厂商联合会"),
        &["other"],
    ),
    // A name ends before the verb that leads a delegation (带领, 率团).
    ("青岛市委书记曾赞荣带领代表团参加进博会。", "曾赞荣", Some("青岛市"), &["party_secretary"]),
    // 兼 joins two titles of one person, the second with its own body.
    (
        "福建省委书记兼省人大常委会主任周祖翼会见客人。",
        "周祖翼",
        Some("CN-FJ"),
        &["party_secretary", "congress_chair"],
    ),
    // A chain's later titles of a Party committee's organs (组织部, 政法委) are `other`, of that place.
    (
        "5日，山东省委书记林武，省委常委、组织部部长李四会见客人。",
        "李四",
        Some("CN-SD"),
        &["standing_committee_member", "other"],
    ),
    (
        "5日，山东省委书记林武，省委副书记、政法委书记王宇燕会见客人。",
        "王宇燕",
        Some("CN-SD"),
        &["deputy_party_secretary", "other"],
    ),
    // An outlet whose name holds no place still says whose 省委 a bare title is.
    (
        "2021-09-13 09:39 来源:东北网\n广东省政府代表团到我省考察。省委书记张庆伟会见广东省省长马兴瑞。",
        "张庆伟",
        Some("CN-HL"),
        &["party_secretary"],
    ),
    // A local paper's dateline (本报兰州…讯) is its own place; the visitor's chain stays his own.
    (
        "本报兰州8月20日讯 省委书记王三运会见四川省委书记、省人大常委会主任刘奇葆。",
        "王三运",
        Some("CN-GS"),
        &["party_secretary"],
    ),
    (
        "本报兰州8月20日讯 省委书记王三运会见四川省委书记、省人大常委会主任刘奇葆。",
        "刘奇葆",
        Some("CN-SC"),
        &["party_secretary", "congress_chair"],
    ),
    // A bare governor is the home province's, not the other side's just named.
    (
        "来源：河南日报\n北京市委副书记、市长殷勇会见了省委副书记、省长王凯。",
        "王凯",
        Some("CN-HA"),
        &["deputy_party_secretary", "governor"],
    ),
    // Offices written with no body in an article about Macau are its government's.
    (
        "新华社澳门5月9日电 特区政府经济财政司司长李伟农、海关关长何浩瀚出席。",
        "何浩瀚",
        Some("CN-MO"),
        &["other"],
    ),
    ("新华社澳门5月9日电 特区政府经济财政司司长李伟农出席。", "李伟农", Some("CN-MO"), &["other"]),
    // A name ends where the next word begins (委托).
    ("受自治区党委书记刘宁委托，副主席会见客人。", "刘宁", None, &["party_secretary"]),
    // A group's listed company is the title's body, not the group.
    (
        "广西壮族自治区主席蓝天立会见中国中车股份有限公司董事长孙永才。",
        "孙永才",
        Some("中国中车股份有限公司"),
        &["chairman"],
    ),
    // 兼 joins two titles of one person, as 、 does.
    (
        "5月9日，陕西省委书记赵一德会见国家能源集团党组书记兼董事长刘国跃一行。",
        "刘国跃",
        Some("国家能源投资集团有限责任公司"),
        &["party_secretary", "chairman"],
    ),
    // A name before its title, after the verb's particle.
    ("5月9日，陕西省委书记赵一德会见了刘国跃董事长一行。", "刘国跃", None, &["chairman"]),
    // A name between its firm and its title: the firm is the title's.
    (
        "5月9日，陕西省委书记赵一德会见了招商局集团傅育宁董事长一行。",
        "傅育宁",
        Some("招商局集团有限公司"),
        &["chairman"],
    ),
    // 审计长 heads the National Audit Office.
    ("审计署审计长侯凯会见陕西省省长赵刚。", "侯凯", Some("审计署"), &["head"]),
    // 洪 and 傅 are surnames too.
    ("福建省委书记周祖翼会见景域集团董事长洪清华。", "洪清华", Some("景域集团"), &["chairman"]),
    // A person's body is the one it is on the article's date (merged in the 2023 reform).
    (
        "新华社北京2024年3月4日电 中央港澳工作办公室主任、国务院港澳事务办公室主任夏宝龙今天在北京会见李家超。",
        "夏宝龙",
        Some("中央港澳工作办公室"),
        &["head"],
    ),
    // A name written before its title.
    (
        "12月23日，在签约仪式上，王树国校长与河南省副省长徐济超签署了协议。",
        "王树国",
        None,
        &["other"],
    ),
    // 学会理事长: a name of a county-level city inside a word (会理) is no place.
    (
        "4月12日，辽宁省省长李四会见了中国造船工程学会理事长黄平涛。",
        "黄平涛",
        Some("中国造船工程学会"),
        &["head"],
    ),
    // A 副省长 is of the province in context, never of the municipality the meeting was in.
    (
        "12月13日，安徽省省长王清宪在北京拜会科学技术部。副省长孙勇参加。",
        "孙勇",
        Some("CN-AH"),
        &["vice_governor"],
    ),
    (
        "12月13日，广西壮族自治区主席蓝天立赴上海拜会中国宝武。自治区副主席许永锞参加。",
        "许永锞",
        Some("CN-GX"),
        &["vice_governor"],
    ),
    // A title after the body just visited is that body's office.
    (
        "5月9日，上海市市长龚正拜访工业和信息化部，与部长金壮龙会谈。",
        "金壮龙",
        Some("工业和信息化部"),
        &["minister"],
    ),
    (
        "5月9日，上海市市长龚正拜会国家发展改革委，与主任郑栅洁座谈。",
        "郑栅洁",
        Some("国家发展和改革委员会"),
        &["head"],
    ),
    (
        "5月9日，上海市市长龚正走访中国宝武，与董事长胡望明交流。",
        "胡望明",
        Some("中国宝武钢铁集团有限公司"),
        &["chairman"],
    ),
    // ...but not when the office does not fit the body (a 副市长 is no ministry's).
    (
        "5月9日，上海市市长龚正拜访财政部，副市长华源参加。",
        "华源",
        Some("CN-SH"),
        &["vice_governor"],
    ),
    // A leader named in boilerplate is a person of the article; the words after the title are
    // no name.
    (
        "会议要求，深入贯彻落实习近平总书记关于东北振兴的重要论述。",
        "习近平",
        None,
        &["general_secretary"],
    ),
    // 与 after a two-character name, before a party, is not part of the name.
    (
        "5月8日，山西省省长林武与华润集团董事长王祥明会谈。",
        "林武",
        Some("CN-SX"),
        &["governor"],
    ),
    // 省领导 hold office in the province, never in the body named before them.
    (
        "10月28日，四川省委书记彭清华会见交通运输部部长李小鹏。交通运输部副部长王志清，省领导王一宏参加会见。",
        "王一宏",
        Some("CN-SC"),
        &["other"],
    ),
    // A name with a converter's gloss inside it is the name without the gloss.
    (
        "10月9日，吉林省委書記黃(huáng)強會見客人。",
        "黃強",
        Some("CN-JL"),
        &["party_secretary"],
    ),
    // A company the lexicons do not know: its chairman holds office in it, under its name as
    // written, never in the host city.
    (
        "济南市委书记刘强会见潍柴控股集团有限公司董事长谭旭光。",
        "谭旭光",
        Some("潍柴控股集团有限公司"),
        &["chairman"],
    ),
    // Heads of a province's departments hold office for the province.
    (
        "四川省发展改革委主任陈新有、省经济和信息化厅厅长罗强参加。",
        "罗强",
        Some("CN-SC"),
        &["other"],
    ),
    (
        "香港特区政府财政司司长陈茂波出席。",
        "陈茂波",
        Some("CN-HK"),
        &["other"],
    ),
    // A governor is the province's, not the enterprise's named before in the sentence.
    (
        "福建省委书记周祖翼会见中国建筑集团有限公司董事长郑学选，省长赵龙参加。",
        "赵龙",
        Some("CN-FJ"),
        &["governor"],
    ),
    (
        "陕西省委书记赵一德、省长赵刚出席。",
        "赵刚",
        Some("CN-SN"),
        &["governor"],
    ),
    (
        "教育部党组书记、部长怀进鹏出席。",
        "怀进鹏",
        Some("教育部"),
        &["party_secretary", "minister"],
    ),
    (
        "中共中央政治局常委李强、赵乐际、王沪宁出席会议。",
        "王沪宁",
        None,
        &["psc_member"],
    ),
    (
        "中共中央总书记、国家主席、中央军委主席习近平出席。",
        "习近平",
        None,
        &["general_secretary", "president", "cmc_chairman"],
    ),
    (
        "中央宣传部副部长、中央网信办主任庄荣文参加。",
        "庄荣文",
        Some("中央网络安全和信息化委员会办公室"),
        &["vice_minister", "head"],
    ),
    (
        "新疆维吾尔自治区党委副书记、自治区主席艾尔肯·吐尼亚孜和甘肃省省长任振鹤出席。",
        "艾尔肯·吐尼亚孜",
        Some("CN-XJ"),
        &["deputy_party_secretary", "governor"],
    ),
    (
        "新疆维吾尔自治区党委副书记、自治区主席艾尔肯·吐尼亚孜和甘肃省省长任振鹤出席。",
        "任振鹤",
        Some("CN-GS"),
        &["governor"],
    ),
    (
        "天津市市长张工赴京拜会科技部。",
        "张工",
        Some("CN-TJ"),
        &["governor"],
    ),
    (
        "深圳市市长覃伟中会见客人。",
        "覃伟中",
        Some("深圳市"),
        &["mayor"],
    ),
    (
        "贵州省委常委、常务副省长吴强签约。",
        "吴强",
        Some("CN-GZ"),
        &["standing_committee_member", "vice_governor"],
    ),
    (
        "青海省委书记、省人大常委会主任陈刚讲话。",
        "陈刚",
        Some("CN-QH"),
        &["party_secretary", "congress_chair"],
    ),
    (
        "中国科协主席万钢出席。",
        "万钢",
        Some("中国科学技术协会"),
        &["head"],
    ),
    (
        "国铁集团董事长刘振芳、总经理郭竹学参加。",
        "郭竹学",
        Some("中国国家铁路集团有限公司"),
        &["general_manager"],
    ),
    (
        "中国移动副总经理张冬签约。",
        "张冬",
        Some("中国移动通信集团有限公司"),
        &["other"],
    ),
    (
        "四川省副省长曹立军陪同。",
        "曹立军",
        Some("CN-SC"),
        &["vice_governor"],
    ),
    (
        "四川省委书记王晓晖会见客人，副省长左永祥陪同。",
        "左永祥",
        Some("CN-SC"),
        &["vice_governor"],
    ),
    (
        "广东省政协主席林克庆出席。",
        "林克庆",
        Some("CN-GD"),
        &["cppcc_chair"],
    ),
    // 省领导 and 自治区领导 are of the last province of that kind named, never of an SAR.
    (
        "广东省委书记李希会见香港特区行政长官林郑月娥。省领导林少春参加会见。",
        "林少春",
        Some("CN-GD"),
        &["other"],
    ),
    (
        "新疆自治区党委书记张春贤会见安徽省党政代表团。自治区领导车俊参加会见。",
        "车俊",
        Some("CN-XJ"),
        &["other"],
    ),
    // The head of a bureau inside a body is other, of that body; so is the next bureau's.
    (
        "国台办经济局长彭庆恩、新闻局长陈斌华出席。",
        "陈斌华",
        Some("国务院台湾事务办公室"),
        &["other"],
    ),
    // 双方董事长 names no firm.
    ("福建省委书记王五会见了双方董事长张三。", "张三", None, &["chairman"]),
    // A bare title after the home side's names and 与 is an office of the body just visited.
    (
        "在中国石化，王明、李强与董事长马永生会谈。",
        "马永生",
        Some("中国石油化工集团有限公司"),
        &["chairman"],
    ),
    (
        "2019年8月，习近平总书记在甘肃考察。",
        "习近平",
        None,
        &["general_secretary"],
    ),
    (
        "時任省委書記巴音朝魯出席。",
        "巴音朝魯",
        None,
        &["party_secretary"],
    ),
    // 省领导 is `other` only for those the text gives no office of their own.
    ("福建省领导张明、李华参加。福建省委书记张明致辞。", "张明", Some("CN-FJ"), &["party_secretary"]),
    ("福建省委书记张明会见客人。省领导张明、李华参加。", "张明", Some("CN-FJ"), &["party_secretary"]),
    ("福建省委书记张明会见客人。省领导张明、李华参加。", "李华", Some("CN-FJ"), &["other"]),
    // 西藏山南市 only says where the visiting city is: 省政府 and 省发改委 stay the host's.
    ("11月20日，省委书记李锦斌会见了来皖考察的西藏山南市党政代表团一行。省政府副秘书长张韶春参加。", "张韶春", Some("CN-AH"), &["other"]),
    ("11月20日，省委书记李锦斌会见了来皖考察的西藏山南市党政代表团一行。省发展改革委主任张韶春参加。", "张韶春", Some("CN-AH"), &["other"]),
    // A short title after the name repeats the office already read (董事局主席X…X主席).
    ("会见正威集团董事局主席王文银。王文银主席表示欢迎。", "王文银", Some("正威集团"), &["chairman"]),
    // The top title of a central body is `head` (全国人大委员长 → the Standing Committee's).
    ("全国人大委员长张德江会见客人。", "张德江", Some("全国人民代表大会常务委员会"), &["head"]),
    ("特首梁振英会见港澳办主任王光亚。", "王光亚", Some("国务院港澳事务办公室"), &["head"]),
    // A ministry's department (…司司长) named after 和 in its official's list is the ministry's.
    ("拜访了国家发改委副主任连维良和地区经济司司长范恒山。", "范恒山", Some("国家发展和改革委员会"), &["other"]),
    // 与 before a meeting word ends a two-character name.
    ("市委书记邢国辉、市长侯亮与考察团一行座谈。", "侯亮", None, &["mayor"]),
    // A place's government written before a name with a title after it is the title's body,
    // also for a person the headline named first.
    ("于伟国省长会见客人\n福建省人民政府于伟国省长在广州会见客人。", "于伟国", Some("CN-FJ"), &["governor"]),
    // A title after a name already read is that person's: the adverb after it starts no name.
    ("副市长徐军会见客人。徐军副市长都全面介绍了情况。", "徐军", None, &["vice_mayor"]),
    ("常州市副市长徐军会见中煤科工集团总经理范韶刚。", "范韶刚", Some("中国煤炭科工集团有限公司"), &["general_manager"]),
    // A central group's listed company or bureau is its own body, not its group.
    ("常州市副市长徐军会见海油发展总经理周天育。", "周天育", Some("中海油能源发展股份有限公司"), &["general_manager"]),
    ("常州市副市长徐军会见中建八局董事长李四。", "李四", Some("中国建筑第八工程局有限公司"), &["chairman"]),
    // A known person gains the title written after the name (集团领导X…X董事长).
    (
        "招商局集团领导傅育宁参加签约。傅育宁董事长率团来闽。",
        "傅育宁",
        Some("招商局集团有限公司"),
        &["chairman"],
    ),
];

#[test]
fn people_table() {
    for (text, name, org, roles) in PEOPLE {
        let doc = run(text, None);
        let p = doc
            .people
            .iter()
            .find(|p| p.name == *name)
            .unwrap_or_else(|| panic!("{name} not found in {text}: {:?}", doc.people));
        assert_eq!(p.org.as_deref(), *org, "org of {name} in {text}");
        let got: Vec<&str> = p.roles.iter().map(|r| r.as_str()).collect();
        assert_eq!(got, *roles, "roles of {name} in {text}");
    }
}

/// Names followed by an adverb before their verb: the adverb is not part of the name.
const NAMES_BEFORE_ADVERBS: &[(&str, &str)] = &[
    ("11月4日，云南省省长王予波专程拜访生态环境部。", "王予波"),
    (
        "11月4日，江西省委书记尹弘亲切会见中国电子信息产业集团有限公司董事长曾毅。",
        "尹弘",
    ),
    (
        "11月4日，湖南省委书记沈晓明首先会见了中国中车集团有限公司董事长孙永才。",
        "沈晓明",
    ),
    ("11月4日，交通运输部部长刘伟实地调研了江苏的港口。", "刘伟"),
    (
        "6月12日，四川省长施小琳在成都会见中国东方电气集团有限公司董事长俞培根。",
        "施小琳",
    ),
    // 在京: where, not part of the name.
    (
        "1月9日，北京市委书记尹力在京会见中国农业银行主要负责同志。",
        "尹力",
    ),
    // A preposition or an adverb before the verb is not part of a two-character name.
    ("12月30日，国台办主任宋涛在会上讲话。", "宋涛"),
    (
        "14日，广东省委书记李希、省长马兴瑞，以及黑龙江省长陆昊均出席。",
        "陆昊",
    ),
    // A four-character name before a one-character adverb.
    ("2019年，时任吉林省委书记巴音朝鲁曾赴北京。", "巴音朝鲁"),
];

#[test]
fn names_before_adverbs_table() {
    for (text, name) in NAMES_BEFORE_ADVERBS {
        let doc = run(text, Some("2024-11-05"));
        let names: Vec<&str> = doc.people.iter().map(|p| p.name.as_str()).collect();
        assert!(names.contains(name), "{name} in {text}: {names:?}");
    }
}

/// Not people: bylines and words after titles that are not names.
const NOT_PEOPLE: &[&str] = &[
    "撰文丨余晖 高语阳\n记者 周文清\n（编辑：林晓）",
    "多位省委书记、省长，没有立刻离京。",
    "书记省长一同进京。",
    "省长“单飞”，部长一职空缺。",
    // Words before a title that are no names.
    "会议由时任部长主持，分管副省长和有关负责人参加。",
    // 总书记 after a run of words that ends in no general secretary's name.
    "聚焦实现总书记赋予的使命任务。",
];

#[test]
fn not_people_table() {
    for text in NOT_PEOPLE {
        let doc = run(text, None);
        assert!(
            doc.people.is_empty(),
            "no people expected in {text}: {:?}",
            doc.people
        );
    }
}

/// Agreements signed in a meeting: the text and the agreements of its first event.
const AGREEMENTS: &[(&str, &[&str])] = &[
    // Signatories written after the verb are no part of an unnamed agreement's name.
    (
        "11月12日，中建集团董事长周乃翔会见苏州市委书记许昆林，见证签署中建集团与苏州市人民政府战略合作框架协议。",
        &["战略合作框架协议"],
    ),
    // An agreement named before its ceremony begins after the last party named.
    (
        "5月8日，珠海市政府与香港某某集团全面合作框架协议签约仪式举行。",
        &["全面合作框架协议"],
    ),
    (
        "3月1日，湖南省政府与交通运输部签署战略合作协议。",
        &["战略合作协议"],
    ),
    (
        "3月1日，湖南省政府与交通运输部签署了《关于共建交通强省的合作协议》。",
        &["关于共建交通强省的合作协议"],
    ),
    (
        "3月1日，湖南省会见中国移动。会见后，双方签署了《数字湖南合作框架协议》。",
        &["数字湖南合作框架协议"],
    ),
    ("3月1日，湖南省与中国移动签署“1+3”系列合作协议。", &[]),
    // A headline's kind of document is the one whose title the report gives.
    (
        "陕西与中国电信签署合作协议\n3月1日，陕西省委书记赵一德会见中国电信董事长柯瑞文，双方签署《数字陕西战略合作协议》。",
        &["数字陕西战略合作协议"],
    ),
    (
        "陕西与中国电信签署战略合作协议\n3月1日，陕西省政府与中国电信签署《战略合作框架协议》。",
        &["战略合作框架协议"],
    ),
    // The speakers' paragraph between keeps the meeting in view.
    (
        "3月1日，江苏省委书记信长星会见中国移动董事长杨杰。\n杨杰表示，将加大投入。\n会上，双方签署了《数字江苏合作备忘录》。",
        &["数字江苏合作备忘录"],
    ),
    // 会上 refers to the meeting told last, however many paragraphs of speeches came between.
    (
        "3月1日，江苏省委书记信长星会见中国移动董事长杨杰。\n他表示，合作基础扎实。\n他强调，要抓好落实。\n会上，双方签署了《数字江苏合作备忘录》和《算力网络合作协议》。",
        &["数字江苏合作备忘录", "算力网络合作协议"],
    ),
];

#[test]
fn agreements_table() {
    for (text, want) in AGREEMENTS {
        let doc = run(text, Some("2024-03-02"));
        let got: Vec<String> = doc
            .events
            .first()
            .map(|e| e.agreements.clone())
            .unwrap_or_default();
        assert_eq!(
            got,
            want.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            "agreements of {text}"
        );
    }
}

/// Participants of the first event.
const PARTICIPANTS: &[(&str, &[&str])] = &[
    ("6月5日，湖北省委书记王蒙徽在武汉会见中国工程院院长李晓红，湖北省领导邵新宇参加会见。", &["王蒙徽", "李晓红", "邵新宇"]),
    ("6月5日，湖北省委书记王蒙徽会见中国工程院院长李晓红。\n副省长邵新宇、中国工程院秘书长陈建峰参加。", &["王蒙徽", "李晓红", "邵新宇", "陈建峰"]),
    // 参加上述活动: every meeting told above, not only the last.
    ("3月2日，贵州省委书记徐麟拜会商务部部长王文涛。\n3月3日，徐麟会见中国电信集团有限公司董事长柯瑞文。\n省领导时光辉参加上述活动。", &["徐麟", "王文涛", "时光辉"]),
    // 等 closes the list; it is not part of the last name.
    ("5月9日，安徽省委书记梁言顺会见中国宝武钢铁集团有限公司董事长胡望明。副省长孙勇、张红文等参加。", &["梁言顺", "胡望明", "孙勇", "张红文"]),
    // A department head attends for the province.
    ("6月5日，四川省委书记王晓晖会见中国华电集团有限公司董事长江毅。四川省发展改革委主任陈新有参加。", &["王晓晖", "江毅", "陈新有"]),
    // 省领导 are the province's own leaders.
    ("6月5日，四川省委书记王晓晖会见中国电信集团有限公司董事长柯瑞文。省领导施小琳、曹立军参加。", &["王晓晖", "柯瑞文", "施小琳", "曹立军"]),
    // Who attended 会见 of two counterparts attended both.
    ("7月22日，西藏自治区党委书记王君正会见中国华能集团董事长温枢刚、中国大唐集团有限公司董事长邹磊。自治区主席严金海参加会见。", &["王君正", "温枢刚", "严金海"]),
    // A city's Party secretary attends the meeting of the province the city lies in.
    ("2月27日，内蒙古自治区党委书记孙绍骋会见中国华电集团有限公司董事长江毅。自治区党委常委、呼和浩特市委书记包钢参加。", &["孙绍骋", "江毅", "包钢"]),
    // Someone only spoken for (代表…省委书记X) was not there.
    ("6月5日，海南省代省长沈晓明拜会财政部部长楼继伟。会见时，沈晓明代表省委、省政府和省委书记刘赐贵，感谢财政部的支持。", &["沈晓明", "楼继伟"]),
    // One leader who called 分别 on several bodies went to each.
    ("3月4日，澳门特区行政长官崔世安分别拜会外交部、海关总署。", &["崔世安"]),
    // Two leaders who called 分别 on several bodies, with no word on who went where, join none.
    ("3月26日至27日，青海省长吴晓军、副省长罗东川带队，在北京共同或分别拜会教育部、水利部。吴晓军、罗东川表示感谢。", &[]),
];

#[test]
fn participants_table() {
    for (text, want) in PARTICIPANTS {
        let doc = run(text, Some("2024-06-06"));
        let got: Vec<&str> = doc.events[0]
            .participants
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(got, *want, "participants of {text}");
    }
}

/// Kinds and topics of the first event.
const KINDS: &[(&str, &str, &str)] = &[
    // A firm the lexicons lack takes the portfolio its name gives.
    (
        "3月22日，四平市人民政府与某某银行长春分行签约。",
        "signing",
        "finance",
    ),
    (
        "8月12日，济南市委书记刘强走访某某重工集团。",
        "visit",
        "industry",
    ),
    (
        "3月1日，湖南省政府与交通运输部举行工作会谈。",
        "talks",
        "transport",
    ),
    (
        "3月1日，陕西省与教育部举行座谈会并签署协议。",
        "symposium",
        "education",
    ),
    (
        "3月1日，山西省省长金湘军拜访农业农村部。",
        "visit",
        "agriculture",
    ),
    (
        "3月1日，宁夏与内蒙古签订能源专项合作框架协议。",
        "signing",
        "energy",
    ),
    ("3月1日，青海省党政代表团赴甘肃省考察。", "visit", "general"),
    // A delegation received by another place is a visit, whatever the meeting is called.
    (
        "3月1日，北京市委书记尹力会见了天津市委书记陈敏尔率领的天津市党政代表团一行。",
        "visit",
        "general",
    ),
    // A verb that only describes the counterpart (来川考察的) is not the meeting's.
    (
        "3月1日，四川省委书记王晓晖在成都与来川考察的中国科学院院长侯建国举行会谈。",
        "talks",
        "science_technology",
    ),
    // An official inspecting a province whose leaders 会见 them: a meeting of the two.
    (
        "3月1日，工业和信息化部部长金壮龙在浙江调研，浙江省委书记易炼红会见了金壮龙一行。",
        "talks",
        "industry",
    ),
    // ...while one who only inspects, however many 座谈会 on the way, inspects.
    (
        "3月1日，中央组织部部长李干杰在贵州调研并召开座谈会。",
        "inspection",
        "general",
    ),
    // An undated summary of a signing, then the delegation's dated visit: one visit.
    (
        "近期，宁夏与陕西签署生态保护合作协议。\n2月5日，宁夏党政代表团赴陕西考察。",
        "visit",
        "environment",
    ),
];

#[test]
fn kinds_table() {
    for (text, kind, topic) in KINDS {
        let doc = run(text, Some("2024-03-02"));
        let e = doc
            .events
            .first()
            .unwrap_or_else(|| panic!("no event in {text}"));
        assert_eq!(e.kind.as_str(), *kind, "kind of {text}");
        assert_eq!(
            e.topics.first().map(String::as_str),
            Some(*topic),
            "topic of {text}"
        );
    }
}

/// Several kinds of meeting in one clause: the counterpart, and the kind of its own meeting.
const KIND_OF_COUNTERPART: &[(&str, &str, &str)] = &[
    (
        "1月3日，湖南省省长毛伟明在北京拜会自然资源部，并与中国五矿集团有限公司举行工作会谈。",
        "自然资源部",
        "visit",
    ),
    (
        "1月3日，湖南省省长毛伟明在北京拜会自然资源部，并与中国五矿集团有限公司举行工作会谈。",
        "中国五矿集团有限公司",
        "talks",
    ),
    (
        "1月3日，湖南省与中国移动通信集团有限公司签署合作协议，并走访了工业和信息化部。",
        "中国移动通信集团有限公司",
        "signing",
    ),
    (
        "1月3日，湖南省与中国移动通信集团有限公司签署合作协议，并走访了工业和信息化部。",
        "工业和信息化部",
        "visit",
    ),
    // A verb before 的 only describes the guest.
    (
        "1月3日，湖南省委书记沈晓明会见来湘考察的中国农业发展银行董事长钱文挥。",
        "中国农业发展银行",
        "talks",
    ),
];

#[test]
fn kind_of_counterpart_table() {
    for (text, party, kind) in KIND_OF_COUNTERPART {
        let doc = run(text, Some("2024-01-05"));
        let event = doc
            .events
            .iter()
            .find(|e| e.parties.iter().any(|p| p.id == *party))
            .unwrap_or_else(|| panic!("an event with {party} in {text}: {:?}", doc.events));
        assert_eq!(
            event.kind.as_str(),
            *kind,
            "kind of the meeting with {party} in {text}"
        );
    }
}

/// Hard input never panics and keeps spans honest.
#[test]
fn hard_input_never_panics() {
    let cases = [
        "",
        "   \n\n  ",
        "\u{202E}湖南省\u{202C}与<script>alert(1)</script>交通运输部会谈",
        "<img src=x onerror=alert(1)>javascript:alert(1)",
        "１２月１２日，陕西省与教育部举行座谈会。🙂🙂",
        "《《》》“”“「」『』**__![](",
        "省长省长省长省长、、、书记",
        "12月32日至99日，13月1日，2023年0月0日",
        &"陕西省委书记赵一德会见教育部部长怀进鹏。".repeat(200),
    ];
    for c in cases {
        run(c, Some("2024-01-01"));
        run(c, None);
    }
}

/// Several articles separated by `---`: each with its own dateline, one event for a meeting both report.
#[test]
fn several_articles_make_one_event_of_a_shared_meeting() {
    let text = "标题一\n2024年3月16日 08:00\n3月15日，四川省省长黄强在北京拜会国家能源局。\n---\n标题二\n2024年3月17日\n3月15日，四川省省长黄强拜会国家能源局局长章建华。\n---\n标题三\n2023年1月3日\n12月30日，湖南省与教育部举行会谈。\n";
    let doc = run(text, None);
    assert_eq!(doc.articles.len(), 3);
    assert_eq!(
        links(&doc),
        vec!["CN-HN–教育部@2022-12-30", "CN-SC–国家能源局@2024-03-15"]
    );
    let shared = doc
        .events
        .iter()
        .find(|e| e.parties.iter().any(|p| p.id == "国家能源局"))
        .expect("the shared meeting");
    assert_eq!(shared.articles, vec![0, 1]);
    assert!(shared.participants.iter().any(|p| p.name == "章建华"));
    assert!(doc.articles[2].title.contains("标题三"));
}

macro_rules! title_case {
    ($text:expr => $title:expr) => {
        ($text, $title)
    };
}

/// Article titles: an article's text, and its title (the first headline-like line).
const TITLES: &[(&str, &str)] = &[
    // A breadcrumb, then the headline.
    title_case!("首页 > 新闻中心 > 要闻\n赵一德会见柯瑞文\n正文。" => "赵一德会见柯瑞文"),
    title_case!("首页 » 要闻动态\n湖南省与中国移动签署战略合作协议\n正文。" => "湖南省与中国移动签署战略合作协议"),
    // A site's menu, between bars or spaces.
    title_case!("政务公开 | 要闻动态 | 政策文件\n四川省与国家电网举行会谈\n正文。" => "四川省与国家电网举行会谈"),
    title_case!("网站首页 新闻 政务 服务 互动 English\n四川省与国家电网举行会谈\n正文。" => "四川省与国家电网举行会谈"),
    title_case!("新闻 政务 服务 互动\n四川省与国家电网举行会谈\n正文。" => "四川省与国家电网举行会谈"),
    title_case!("当前位置：首页 > 要闻\n陕西省政府与中国电信签约\n正文。" => "陕西省政府与中国电信签约"),
    // Bylines, page tools, dates and addresses before the headline.
    title_case!("来源：陕西日报\n陕西省政府与中国电信签约\n正文。" => "陕西省政府与中国电信签约"),
    title_case!("2024-11-24 10:30 来源：陕西日报\n陕西省政府与中国电信签约\n正文。" => "陕西省政府与中国电信签约"),
    title_case!("发布时间：2024年11月24日\n陕西省政府与中国电信签约\n正文。" => "陕西省政府与中国电信签约"),
    title_case!("【字号 大 中 小】【打印】【关闭窗口】\n陕西省政府与中国电信签约\n正文。" => "陕西省政府与中国电信签约"),
    title_case!("分享到：微信 微博\n陕西省政府与中国电信签约\n正文。" => "陕西省政府与中国电信签约"),
    title_case!("责任编辑：李四\n陕西省政府与中国电信签约\n正文。" => "陕西省政府与中国电信签约"),
    title_case!("作者：张三\n陕西省政府与中国电信签约\n正文。" => "陕西省政府与中国电信签约"),
    title_case!("2024年11月24日\n陕西省政府与中国电信签约\n正文。" => "陕西省政府与中国电信签约"),
    title_case!("https://www.example.gov.cn/xw/yw/\n陕西省政府与中国电信签约\n正文。" => "陕西省政府与中国电信签约"),
    // A section's label is no headline when one follows.
    title_case!("要闻\n陕西省政府与中国电信签约\n正文。" => "陕西省政府与中国电信签约"),
    // A Markdown heading; a headline in two parts; a column's name before a dot; a short one.
    title_case!("# 湖南省与中国移动签署战略合作协议\n\n正文。" => "湖南省与中国移动签署战略合作协议"),
    title_case!("江西书记省长接连赴京　拜会多家央企和部委\n正文。" => "江西书记省长接连赴京　拜会多家央企和部委"),
    title_case!("聚焦·进博会：江苏签约项目总额创新高\n正文。" => "聚焦·进博会：江苏签约项目总额创新高"),
    title_case!("四川新闻\n2024年3月16日\n正文。" => "四川新闻"),
    // No headline: the first sentence of the report, clipped.
    title_case!("11月24日，陕西省委书记赵一德在西安会见中国电信集团有限公司董事长柯瑞文，双方交流。" => "11月24日，陕西省委书记赵一德在西安会见中国电信集团有限公…"),
    title_case!("首页 > 要闻\n赵一德会见柯瑞文。双方交流。" => "赵一德会见柯瑞文"),
    // Nothing but furniture and labels: the label, else the first line.
    title_case!("要闻\n来源：陕西日报" => "要闻"),
    title_case!("来源：陕西日报" => "来源：陕西日报"),
];

#[test]
fn titles_table() {
    for (text, want) in TITLES {
        let doc = run(text, None);
        assert_eq!(doc.articles[0].title, *want, "title of: {text}");
    }
}

macro_rules! dated {
    ($text:expr, $date:expr => [$($want:expr),* $(,)?]) => {
        ($text, $date, &[$($want),*] as &[Option<&str>])
    };
}

/// Each article's date (the one its years are completed from): the text, the date given for
/// all, and each article's date. A date on the separator line comes first, then the dateline.
type DatedArticles = (
    &'static str,
    Option<&'static str>,
    &'static [Option<&'static str>],
);
const ARTICLE_DATES: &[DatedArticles] = &[
    dated!("甲\n---\n乙", None => [None, None]),
    dated!("甲\n---\n乙", Some("2024-05-01") => [Some("2024-05-01"), Some("2024-05-01")]),
    dated!("甲\n--- 2024-11-24\n乙", Some("2024-05-01") => [Some("2024-05-01"), Some("2024-11-24")]),
    dated!("甲\n--- 2024年11月24日\n乙", None => [None, Some("2024-11-24")]),
    dated!("甲\n---　2024/11/24　\n乙", None => [None, Some("2024-11-24")]),
    // Over the dateline, which comes before the date given for all.
    dated!("甲\n--- 2024-11-24\n乙\n2023年1月3日 08:00\n正文。", None => [None, Some("2024-11-24")]),
    dated!("甲\n---\n乙\n2023年1月3日 08:00\n正文。", Some("2024-05-01") => [Some("2024-05-01"), Some("2023-01-03")]),
    // A first article with a separator line of its own, alone or not.
    dated!("--- 2024-11-24\n甲", Some("2024-05-01") => [Some("2024-11-24")]),
    dated!("--- 2024-11-24\n甲\n---\n乙", None => [Some("2024-11-24"), None]),
    // No date: the line separates, with none; `----` and words are text.
    dated!("甲\n--- 2024-13-45\n乙", None => [None, None]),
    dated!("甲\n----\n乙", None => [None]),
    dated!("甲\n--- 乙\n丙", None => [None]),
];

#[test]
fn article_dates_table() {
    for (text, date, want) in ARTICLE_DATES {
        let doc = run(text, *date);
        let got: Vec<Option<&str>> = doc
            .articles
            .iter()
            .map(|a| a.reference_date.as_deref())
            .collect();
        assert_eq!(got, *want, "dates of the articles of: {text:?}");
    }
}

macro_rules! set_date {
    ($text:expr, $article:expr, $date:expr => $want:expr) => {
        ($text, $article, $date, $want)
    };
}

/// Setting an article's date rewrites its separator line: the text, the article, the date,
/// and the text it becomes.
const SET_ARTICLE_DATES: &[(&str, usize, &str, &str)] = &[
    set_date!("甲\n---\n乙\n", 1, "2024-11-24" => "甲\n--- 2024-11-24\n乙\n"),
    set_date!("甲\n--- 2023-01-01\n乙\n", 1, "2024-11-24" => "甲\n--- 2024-11-24\n乙\n"),
    set_date!("甲\n--- 2023-01-01\n乙\n", 1, "" => "甲\n---\n乙\n"),
    set_date!("甲\r\n---\r\n乙", 1, "2024-11-24" => "甲\r\n--- 2024-11-24\r\n乙"),
    // The first article gets a separator line; one it has is rewritten.
    set_date!("甲\n---\n乙", 0, "2024-11-24" => "--- 2024-11-24\n甲\n---\n乙"),
    set_date!("--- 2023-01-01\n甲\n---\n乙", 0, "2024-11-24" => "--- 2024-11-24\n甲\n---\n乙"),
    // Empty articles between separators do not count; the line next to the article changes.
    set_date!("甲\n---\n\n---\n乙", 1, "2024-11-24" => "甲\n---\n\n--- 2024-11-24\n乙"),
    // No such article, or no date: the text stays.
    set_date!("甲\n---\n乙", 5, "2024-11-24" => "甲\n---\n乙"),
    set_date!("甲\n---\n乙", 1, "明天\n丙" => "甲\n---\n乙"),
];

#[test]
fn set_article_dates_table() {
    for (text, article, date, want) in SET_ARTICLE_DATES {
        let got = with_article_date(text, *article, date);
        assert_eq!(got, *want, "{text:?}, article {article} set to {date:?}");
    }
}

/// Progress climbs from 0 to 1 without going back, per article and per stage, and the result is
/// the same as without it.
#[test]
fn progress_is_monotonic_and_ends_at_one() {
    let one = "4月2日，江西省委书记尹弘在南昌会见中国电信董事长柯瑞文。\n";
    let many = [one; 5].join("---\n");
    for text in [one.to_string(), many] {
        let mut seen = Vec::new();
        let doc =
            crate::core::analyze_with_progress(&text, &Options::default(), &mut |f| seen.push(f));
        assert_eq!(doc, analyze(&text, &Options::default()));
        assert!(seen.len() >= 5, "{seen:?}");
        assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
        assert!(seen.iter().all(|f| (0.0..=1.0).contains(f)), "{seen:?}");
        assert_eq!(seen.last(), Some(&1.0));
    }
}

#[test]
fn a_name_repeated_through_a_long_text_is_marked_everywhere_and_titled_once() {
    let paragraph = "8月2日，甘肃省委书记胡昌升在兰州会见中国铝业集团有限公司董事长段向东。胡昌升说，双方合作基础扎实。段向东表示，将加大在甘投资。\n";
    let text = paragraph.repeat(300);
    let doc = run(&text, Some("2024-08-05"));
    let marked = |name: &str| {
        doc.mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Person && m.text == name)
            .count()
    };
    assert_eq!(
        marked("胡昌升"),
        600,
        "every mention of the secretary, titled or not"
    );
    assert_eq!(marked("段向东"), 600, "every mention of the chairman");
    let hu = doc
        .people
        .iter()
        .find(|p| p.name == "胡昌升")
        .expect("found");
    assert_eq!(
        hu.titles,
        ["甘肃省委书记"],
        "one title, however often it is written"
    );
    assert_eq!(doc.people.len(), 2, "{:?}", doc.people);
}

/// A sentence that names no one before its verb goes on with the side of the meeting before it,
/// and that side's people go on acting for it.
#[test]
fn a_sentence_without_subject_keeps_the_side_and_its_people() {
    let doc = run(
        "3月1日上午，山东省委书记林武拜会商务部部长王文涛；下午，拜会自然资源部部长王广华。",
        Some("2024-03-05"),
    );
    let second = doc
        .events
        .iter()
        .find(|e| e.parties.iter().any(|p| p.id == "自然资源部"))
        .expect("the afternoon's meeting");
    let names: Vec<&str> = second
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["林武", "王广华"]);
    assert!(second.parties.iter().any(|p| p.id == "CN-SD"));
}

/// A gathering of many is one conference event of all its parties, and makes no link.
#[test]
fn a_gathering_of_many_is_one_conference_of_all_its_parties() {
    let doc = run(
        "2024年5月21日，长三角地区主要领导座谈会在芜湖召开。\n上海市委书记陈吉宁、江苏省委书记信长星、浙江省委书记易炼红、安徽省委书记韩俊出席会议。",
        None,
    );
    assert!(links(&doc).is_empty(), "{:?}", links(&doc));
    let conferences: Vec<&Event> = doc
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Conference)
        .collect();
    assert_eq!(conferences.len(), 1, "{:?}", doc.events);
    let ids: Vec<&str> = conferences[0]
        .parties
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(ids, ["CN-SH", "CN-JS", "CN-ZJ", "CN-AH"]);
    assert_eq!(conferences[0].participants.len(), 4);
    assert_eq!(
        conferences[0].date.as_ref().map(|d| d.start.as_str()),
        Some("2024-05-21")
    );
}

/// Each extraction rule (`events::rule_names`) with sentences it must read: the rule, the text,
/// the reference date, the links it must yield (sorted ids, ISO date) and links it must never
/// make. The event of every expected link (or, with none, some event) names the rule.
type RuleExample = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static [&'static str],
    &'static [&'static str],
);

const RULE_EXAMPLES: &[RuleExample] = &[
    // Pairing rules.
    ("leader-inspects-place", "2024年5月22日至23日，习近平总书记在山东考察。", None, &["CN-SD–中共中央@2024-05-22"], &[]),
    ("listed-pairs", "7月1日，成都市与重庆市、西安市与郑州市分别签署合作框架协议。", Some("2024-07-02"),
        &["CN-CQ–成都市@2024-07-01", "西安市–郑州市@2024-07-01"], &["CN-CQ–西安市@2024-07-01", "成都市–郑州市@2024-07-01"]),
    ("home-meets-counterparts", "5月8日，浙江省省长王浩在北京拜访财政部、水利部。", Some("2024-05-10"),
        &["CN-ZJ–水利部@2024-05-08", "CN-ZJ–财政部@2024-05-08"], &["水利部–财政部@2024-05-08", "CN-BJ–CN-ZJ@2024-05-08"]),
    ("home-sides-meet", "9月2日，云南省人民政府、西藏自治区人民政府在北京签订清洁能源合作协议。", Some("2024-09-05"),
        &["CN-XZ–CN-YN@2024-09-02"], &["CN-BJ–CN-YN@2024-09-02"]),
    ("delegation-in-other-place", "4月11日，浙江省党政代表团飞抵广州，开始在广东省学习考察。", Some("2021-04-12"),
        &["CN-GD–CN-ZJ@2021-04-11"], &[]),
    ("official-inspects-place", "6月3日，国家发展改革委主任郑栅洁在贵州调研，省长李炳军陪同。", Some("2024-06-05"),
        &["CN-GZ–国家发展和改革委员会@2024-06-03"], &[]),
    ("written-pair", "3月5日，国家电网有限公司与中国石油化工集团有限公司签署战略合作协议。", Some("2024-03-06"),
        &["中国石油化工集团有限公司–国家电网有限公司@2024-03-05"], &[]),
    // The one body before 与 meets each of the list after it, and they do not meet each other.
    ("body-meets-body", "8月9日，中国保利集团公司还与中国石化、中国石油签署了联合重组协议。", Some("2014-08-10"),
        &["中国保利集团有限公司–中国石油化工集团有限公司@2014-08-09", "中国保利集团有限公司–中国石油天然气集团有限公司@2014-08-09"],
        &["中国石油化工集团有限公司–中国石油天然气集团有限公司@2014-08-09"]),
    ("body-meets-body", "3月5日，教育部部长怀进鹏会见中国科学院院长侯建国。", Some("2024-03-06"),
        &["中国科学院–教育部@2024-03-05"], &[]),
    // Kind rules.
    ("delegation-visit", "11月27日，江苏省党政代表团与四川省举行座谈。", Some("2023-12-01"), &["CN-JS–CN-SC@2023-11-27"], &[]),
    ("visit-not-inspection", "11月27日，江苏省委书记信长星一行考察四川省。", Some("2023-12-01"), &["CN-JS–CN-SC@2023-11-27"], &[]),
    ("bilateral-not-conference", "4月2日，湖南省与湖北省召开联席会议暨合作座谈会。", Some("2024-04-03"), &["CN-HB–CN-HN@2024-04-02"], &[]),
    ("official-received", "4月2日，工业和信息化部部长金壮龙在浙江调研，浙江省委书记易炼红会见了他。", Some("2024-04-03"),
        &["CN-ZJ–工业和信息化部@2024-04-02"], &[]),
    // Sentence rules.
    ("pronoun-subject", "3月1日，广西壮族自治区主席蓝天立在北京拜会水利部。他还拜访了交通运输部。", Some("2024-03-02"),
        &["CN-GX–交通运输部@2024-03-01"], &["交通运输部–水利部@2024-03-01"]),
    ("subject-goes-on", "3月1日上午，广西壮族自治区主席蓝天立拜会水利部；下午，拜访交通运输部。", Some("2024-03-02"),
        &["CN-GX–交通运输部@2024-03-01"], &["交通运输部–水利部@2024-03-01"]),
    ("attends-all-above", "3月1日，河北省省长王正谱拜会国家能源局。3月2日，王正谱拜会国家林草局。\n省领导张三参加上述活动。", Some("2024-03-03"),
        &["CN-HE–国家能源局@2024-03-01", "CN-HE–国家林业和草原局@2024-03-02"], &[]),
    ("goes-on-about-last-meeting", "3月1日，河北省省长王正谱会见中国华能董事长温枢刚。会见后，双方签署战略合作协议。", Some("2024-03-02"),
        &["CN-HE–中国华能集团有限公司@2024-03-01"], &[]),
    ("same-sides-again", "3月1日，河北省与中国华能签署战略合作协议。3月5日，双方举行工作会谈。", Some("2024-03-06"),
        &["CN-HE–中国华能集团有限公司@2024-03-05"], &[]),
    ("gathering-of-many", "3月1日，河北省与山西省、内蒙古自治区召开联席会议。", Some("2024-03-02"),
        &[], &["CN-HE–CN-SX@2024-03-01", "CN-HE–CN-NM@2024-03-01"]),
    ("congress-session", "3月6日，江苏省、浙江省与全国人大常委会召开会议。", Some("2024-03-07"),
        &[], &["CN-JS–CN-ZJ@2024-03-06"]),
];

#[test]
fn rule_examples_table() {
    for (rule, text, date, want, never) in RULE_EXAMPLES {
        let doc = run(text, *date);
        let got = links(&doc);
        let named = |e: &Event| e.rules.iter().any(|r| r == rule);
        for link in *want {
            assert!(
                got.contains(&link.to_string()),
                "{rule}: {text}\n  missing {link}, got {got:?}"
            );
            let by_rule = doc.events.iter().filter(|e| named(e)).any(|e| {
                let mut ids: Vec<&str> = e.parties.iter().map(|p| p.id.as_str()).collect();
                ids.sort();
                link.starts_with(&format!("{}–{}@", ids[0], ids[1]))
            });
            assert!(
                by_rule,
                "{rule}: {text}\n  {link} was not read by {rule}: {:?}",
                doc.events
            );
        }
        assert!(
            doc.events.iter().any(named),
            "{rule}: {text}\n  no event names the rule"
        );
        for link in *never {
            assert!(
                !got.contains(&link.to_string()),
                "{rule}: {text}\n  made {link}"
            );
        }
    }
}

#[test]
fn every_rule_has_examples_and_every_event_names_its_rules() {
    let names = events::rule_names();
    for name in &names {
        assert!(
            RULE_EXAMPLES.iter().any(|(r, ..)| r == name),
            "rule {name} has no example"
        );
    }
    for (rule, text, date, ..) in RULE_EXAMPLES {
        for e in run(text, *date).events {
            assert!(!e.rules.is_empty(), "{rule}: an event without rules: {e:?}");
            assert!(
                e.rules.iter().all(|r| names.contains(&r.as_str())),
                "{rule}: unknown rule in {:?}",
                e.rules
            );
        }
    }
}

/// The dictionary of the `MY_NAMES` cases: a firm with a short name, a person, an association.
const MY_NAMES_JSON: &str = r#"{"organisations": [
  {"name": "北京能源集团", "aliases": ["京能集团"], "kind": "firm", "province": "CN-BJ", "english": "Beijing Energy Holding"},
  {"name": "徽商总会", "kind": "association", "province": "CN-AH"}],
 "people": [{"name": "姜帆", "title": "董事长", "org": "北京能源集团"}]}"#;

/// With the user's names: the text, the links (sorted ids) and `name:org` of the people it must yield.
const MY_NAMES: &[(&str, &[&str], &[&str])] = &[
    // A firm under its short name is the user's party, id its full name.
    (
        "12月14日，陕西省委书记赵一德在西安会见京能集团董事长王某一行。",
        &["CN-SN–北京能源集团@"],
        &["赵一德:CN-SN", "王某:北京能源集团"],
    ),
    // A person of the dictionary is found with no title written, and brings the firm.
    (
        "12月14日，陕西省委书记赵一德在西安会见姜帆一行。",
        &["CN-SN–北京能源集团@"],
        &["赵一德:CN-SN", "姜帆:北京能源集团"],
    ),
    // A name the scanner would cut at a place (北京) is the user's whole name.
    (
        "12月14日，北京能源集团与山西省政府签署战略合作协议。",
        &["CN-SX–北京能源集团@"],
        &[],
    ),
    // An association unknown to the lexicons, met after 会见.
    (
        "12月14日，安徽省省长王清宪会见徽商总会一行。",
        &["CN-AH–徽商总会@"],
        &["王清宪:CN-AH"],
    ),
];

fn people_orgs(doc: &Document) -> Vec<String> {
    doc.people
        .iter()
        .map(|p| format!("{}:{}", p.name, p.org.as_deref().unwrap_or("")))
        .collect()
}

#[test]
fn my_names_table() {
    let names = std::sync::Arc::new(names::UserNames::from_json(MY_NAMES_JSON).expect("valid"));
    for (text, want_links, want_people) in MY_NAMES {
        let options = Options {
            names: Some(names.clone()),
            ..Default::default()
        };
        let doc = analyze(text, &options);
        let got: Vec<String> = links(&doc)
            .into_iter()
            .map(|l| l.split('@').next().unwrap_or("").to_string() + "@")
            .collect();
        assert_eq!(got, *want_links, "links of {text}");
        for p in *want_people {
            assert!(
                people_orgs(&doc).contains(&p.to_string()),
                "{p} in {text}: {:?}",
                people_orgs(&doc)
            );
        }
    }
}

#[test]
fn my_names_put_the_firm_on_the_map_and_change_nothing_without_them() {
    let names = std::sync::Arc::new(names::UserNames::from_json(MY_NAMES_JSON).expect("valid"));
    let text = MY_NAMES[0].0;
    let with = analyze(
        text,
        &Options {
            names: Some(names),
            ..Default::default()
        },
    );
    let firm = with.events[0]
        .parties
        .iter()
        .find(|p| p.id == "北京能源集团")
        .expect("the firm");
    assert_eq!(firm.province.as_deref(), Some("CN-BJ"));
    assert_eq!(firm.english.as_deref(), Some("Beijing Energy Holding"));
    assert_eq!(firm.name, "京能集团");
    let empty = Options {
        names: Some(Default::default()),
        ..Default::default()
    };
    assert_eq!(analyze(text, &empty), analyze(text, &Options::default()));
}

/// Bad dictionaries: each is refused with a sentence naming what is wrong.
const BAD_NAMES: &[(&str, &str)] = &[
    ("{", "not a dictionary"),
    (r#"{"organisations": [{"name": "京"}]}"#, "organisation 1"),
    (
        r#"{"organisations": [{"name": "京能集团", "province": "Beijing"}]}"#,
        "not a code",
    ),
    (
        r#"{"organisations": [{"name": "京能集团", "kind": "bank"}]}"#,
        "not a dictionary",
    ),
    (r#"{"people": [{"name": ""}]}"#, "person 1"),
];

#[test]
fn bad_names_files_are_refused_with_a_sentence() {
    for (json, says) in BAD_NAMES {
        let err = names::UserNames::from_json(json).expect_err(json);
        assert!(err.to_string().contains(says), "{json}: {err}");
    }
}

#[test]
fn every_role_reads_back_from_its_json_name() {
    for r in Role::ALL {
        let json = serde_json::to_string(&r).expect("serializable");
        assert_eq!(json, format!("\"{}\"", r.as_str()));
        assert_eq!(Role::parse(r.as_str()), Some(r));
    }
    assert_eq!(Role::parse("mayor_of_nowhere"), None);
}

/// Offices in official English: the title word's English, then the organ it hangs on; a title
/// written again without its place is one office.
const OFFICES: &[(&str, &str, &[&str])] = &[
    (
        "四川省委书记王晓晖会见客人。",
        "王晓晖",
        &["Party Secretary, CPC Sichuan Provincial Committee"],
    ),
    (
        "四川省委书记王晓晖会见客人。\n\n省委书记王晓晖主持。",
        "王晓晖",
        &["Party Secretary, CPC Sichuan Provincial Committee"],
    ),
    (
        "四川省省长黄强会见客人。",
        "黄强",
        &["Governor, Sichuan Province"],
    ),
    (
        "北京市委书记尹力会见客人。",
        "尹力",
        &["Party Secretary, CPC Beijing Municipal Committee"],
    ),
    (
        "广西壮族自治区党委书记刘宁会见客人。",
        "刘宁",
        &["Party Secretary, CPC Guangxi Zhuang Autonomous Regional Committee"],
    ),
    (
        "重庆市人大常委会主任王炯会见客人。",
        "王炯",
        &["Chairman, Standing Committee of the Chongqing Municipal People's Congress"],
    ),
    (
        "澳门特别行政区行政长官贺一诚会见客人。",
        "贺一诚",
        &["Chief Executive, Macau SAR"],
    ),
    // The second title inherits the first one's body.
    (
        "交通运输部党组书记、部长李小鹏会见客人。",
        "李小鹏",
        &[
            "Secretary of the Leading Party Members' Group, Ministry of Transport",
            "Minister, Ministry of Transport",
        ],
    ),
    (
        "中国移动董事长杨杰会见客人。",
        "杨杰",
        &["Chairman, China Mobile Communications Group"],
    ),
    // National offices name their own body; a member of the Secretariat is not a Party secretary.
    (
        "中共中央政治局常委、中央书记处书记、中央办公厅主任蔡奇会见客人。",
        "蔡奇",
        &[
            "Member of the Standing Committee of the Political Bureau of the CPC Central Committee",
            "Member of the Secretariat of the CPC Central Committee",
            "Director, General Office of the CPC Central Committee",
        ],
    ),
];

#[test]
fn offices_table() {
    for (text, name, want) in OFFICES {
        let doc = run(text, Some("2024-01-05"));
        let person = doc.people.iter().find(|p| p.name == *name);
        let got = person.map(|p| p.english_titles.clone()).unwrap_or_default();
        assert_eq!(got, *want, "{text}");
        // One Chinese title per office.
        assert_eq!(person.map_or(0, |p| p.titles.len()), want.len(), "{text}");
    }
}

#[test]
fn every_title_word_has_an_official_english() {
    use crate::core::lexicon::tables::{TITLES, TITLE_ENGLISH};
    for (word, _) in TITLES {
        assert!(
            TITLE_ENGLISH
                .iter()
                .any(|(w, en, _)| w == word && !en.is_empty()),
            "{word} has no English in TITLE_ENGLISH"
        );
    }
}

#[test]
fn title_and_person_mentions_carry_english_not_role_slugs() {
    let doc = run("四川省委书记王晓晖会见客人。", Some("2024-01-05"));
    let title = doc.mentions.iter().find(|m| m.kind == MentionKind::Title);
    assert_eq!(
        title.and_then(|m| m.english.as_deref()),
        Some("Party Secretary, CPC Sichuan Provincial Committee")
    );
    let person = doc.mentions.iter().find(|m| m.kind == MentionKind::Person);
    assert_eq!(person.and_then(|m| m.english.as_deref()), None);
}

#[test]
fn a_known_place_of_meeting_has_its_english_name() {
    let doc = run(
        "1月5日，四川省委书记王晓晖在成都会见中国移动董事长杨杰。",
        Some("2024-01-05"),
    );
    let e = doc.events.first().expect("one meeting");
    assert_eq!(e.location.as_deref(), Some("成都"));
    assert_eq!(e.location_english.as_deref(), Some("Chengdu"));
}

/// The English kind of a signed document, by its title's ending.
const AGREEMENT_KINDS: &[(&str, Option<&str>)] = &[
    (
        "数字陕西战略合作协议",
        Some("strategic cooperation agreement"),
    ),
    (
        "战略合作框架协议",
        Some("strategic cooperation framework agreement"),
    ),
    (
        "《关于共建产业园区的合作备忘录》",
        Some("memorandum of cooperation"),
    ),
    ("项目投资协议", Some("investment agreement")),
    ("长江经济带发展规划", None),
];

#[test]
fn agreement_kinds_table() {
    for (title, want) in AGREEMENT_KINDS {
        assert_eq!(
            crate::core::agreements::kind_english(title),
            *want,
            "{title}"
        );
    }
}
