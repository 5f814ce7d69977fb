//! Closed word lists of the language of Chinese political news: titles, event triggers,
//! organ words, and the words that end a name. Facts about organisations live in `data/`.

use crate::core::document::EventKind;

/// What a title word means before the organisation it belongs to is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    Secretary,
    DeputySecretary,
    StandingMember,
    Governor,
    ViceGovernor,
    Chair,
    ViceChair,
    Director,
    DeputyDirector,
    Mayor,
    ViceMayor,
    Minister,
    ViceMinister,
    Head,
    DeputyHead,
    Chairman,
    GeneralManager,
    SecretaryGeneral,
    GeneralSecretary,
    President,
    VicePresident,
    CmcChairman,
    Premier,
    VicePremier,
    PscMember,
    PolitburoMember,
    /// A title outside GUIDE section 3's list.
    Other,
}

/// Titles as written, longest forms included so that matching prefers them.
pub const TITLES: &[(&str, TitleKind)] = {
    use TitleKind::*;
    &[
        ("书记", Secretary),
        ("第一书记", Secretary),
        ("党组书记", Secretary),
        ("党委书记", Secretary),
        ("党工委书记", Secretary),
        ("党组副书记", DeputySecretary),
        ("党委副书记", DeputySecretary),
        ("副书记", DeputySecretary),
        ("专职副书记", DeputySecretary),
        ("常委", StandingMember),
        ("省长", Governor),
        ("代省长", Governor),
        ("副省长", ViceGovernor),
        ("常务副省长", ViceGovernor),
        ("主席", Chair),
        ("代主席", Chair),
        ("副主席", ViceChair),
        ("常务副主席", ViceChair),
        ("主任", Director),
        ("副主任", DeputyDirector),
        ("常务副主任", DeputyDirector),
        ("市长", Mayor),
        ("代市长", Mayor),
        ("副市长", ViceMayor),
        ("常务副市长", ViceMayor),
        ("行政长官", Governor),
        ("署理行政长官", Governor),
        ("特首", Governor),
        ("部长", Minister),
        ("副部长", ViceMinister),
        ("常务副部长", ViceMinister),
        ("局长", Head),
        ("署长", Head),
        ("特派员", Head),
        ("院长", Head),
        ("行长", Head),
        ("会长", Head),
        ("社长", Head),
        ("台长", Head),
        ("理事长", Head),
        ("检察长", Head),
        ("审计长", Head),
        ("副审计长", DeputyHead),
        ("副局长", DeputyHead),
        ("副署长", DeputyHead),
        ("副特派员", DeputyHead),
        ("副院长", DeputyHead),
        ("副行长", DeputyHead),
        ("副会长", DeputyHead),
        ("副社长", DeputyHead),
        ("副台长", DeputyHead),
        ("副理事长", DeputyHead),
        ("副检察长", DeputyHead),
        // The heads of Hong Kong's and Macau's customs and anti-corruption bodies.
        ("关长", Head),
        ("副关长", DeputyHead),
        ("廉政专员", Head),
        // A university's head, as 院长 is an academy's.
        ("校长", Head),
        ("副校长", DeputyHead),
        ("常务副校长", DeputyHead),
        ("董事长", Chairman),
        // Hong Kong's and Taiwan's firms write their chairman so.
        ("董事局主席", Chairman),
        ("董事会主席", Chairman),
        ("董事局副主席", Other),
        ("董事会副主席", Other),
        ("总经理", GeneralManager),
        ("总裁", GeneralManager),
        ("秘书长", SecretaryGeneral),
        ("总书记", GeneralSecretary),
        ("中共中央总书记", GeneralSecretary),
        ("国家主席", President),
        ("国家副主席", VicePresident),
        ("中央军委主席", CmcChairman),
        ("军委主席", CmcChairman),
        ("国务院总理", Premier),
        ("总理", Premier),
        ("国务院副总理", VicePremier),
        ("副总理", VicePremier),
        ("中共中央政治局常委", PscMember),
        ("中央政治局常委", PscMember),
        ("政治局常委", PscMember),
        ("中共中央政治局常务委员会委员", PscMember),
        ("中共中央政治局委员", PolitburoMember),
        ("中央政治局委员", PolitburoMember),
        ("政治局委员", PolitburoMember),
        // A member of the Central Secretariat, not a Party committee's secretary.
        ("中央书记处书记", Other),
        ("副总经理", Other),
        ("副总裁", Other),
        ("副董事长", Other),
        ("副秘书长", Other),
        ("党组成员", Other),
        ("党委常委", Other),
        ("常务委员", Other),
        ("委员", Other),
        ("主任委员", Other),
        ("院士", Other),
        ("纪委书记", Other),
        ("政法委书记", Other),
        ("荣誉主席", Other),
        ("名誉主席", Other),
        ("荣誉会长", Other),
        ("名誉会长", Other),
        // A Party committee's departments: their heads are `other` (GUIDE section 3).
        ("组织部部长", Other),
        ("组织部副部长", Other),
        ("宣传部部长", Other),
        ("宣传部副部长", Other),
        ("统战部部长", Other),
        ("统战部副部长", Other),
        ("国务委员", Other),
        // The NPC Standing Committee's top title (GUIDE section 3: a central body's top title).
        ("委员长", Head),
        ("副委员长", Other),
        ("厅长", Other),
        ("副厅长", Other),
        ("州长", Other),
        ("副州长", Other),
        ("区长", Other),
        ("县长", Other),
        ("盟长", Other),
        ("司长", Other),
        ("副司长", Other),
        ("处长", Other),
        ("副处长", Other),
        ("专员", Other),
        ("总工程师", Other),
        ("总会计师", Other),
        ("总经济师", Other),
        ("总法律顾问", Other),
        ("董事", Other),
        ("监事会主席", Other),
        ("董事会秘书", Other),
        ("主任助理", Other),
        ("首席执行官", Other),
        ("工会主席", Other),
        ("国际贸易谈判代表", Other),
        ("国际贸易谈判副代表", Other),
        ("纪检监察组组长", Other),
        ("组长", Other),
        ("副组长", Other),
        ("司令员", Other),
        ("政治委员", Other),
        ("政委", Other),
        ("省领导", Other),
        ("领导", Other),
        ("市领导", Other),
        ("自治区领导", Other),
        ("大使", Other),
    ]
};

/// Titles that a body's shorter name leaves to one of its organs (body, title, the organ's id):
/// 全国人大委员长 chairs the Standing Committee.
pub const OFFICE_BODIES: &[(&str, &str, &str)] = &[
    ("全国人民代表大会", "委员长", "全国人民代表大会常务委员会"),
    ("全国人民代表大会", "副委员长", "全国人民代表大会常务委员会"),
    ("全国人民代表大会", "秘书长", "全国人民代表大会常务委员会"),
];

/// Organ words that stand for "this province's / this city's / this group's" organ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Province,
    City,
    Enterprise,
    /// The organisation of the list in progress (人大常委会, 政协 after a province).
    Current,
    /// The place whose delegation was named last (代表团一行 after 青海省党政代表团).
    Delegation,
    /// The Special Administrative Region in context (特区政府).
    Sar,
}

/// The organ of an organisation a title hangs on; it changes what 主任 or 主席 means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Organ {
    None,
    PartyCommittee,
    Government,
    Congress,
    Cppcc,
    Delegation,
}

/// Suffixes that turn a place into one of its organs: 陕西省委, 湖南省政府, 青海省党政代表团.
pub const ORGAN_SUFFIXES: &[(&str, Organ)] = &[
    ("委", Organ::PartyCommittee),
    ("党委", Organ::PartyCommittee),
    ("政府", Organ::Government),
    ("人民政府", Organ::Government),
    ("人大常委会", Organ::Congress),
    ("人大", Organ::Congress),
    ("政协", Organ::Cppcc),
    ("党政代表团", Organ::Delegation),
    ("代表团", Organ::Delegation),
    ("委和省政府", Organ::PartyCommittee),
    ("委、省政府", Organ::PartyCommittee),
];

/// Organ words without a place: they refer to the place in context.
pub const GENERIC_ORGANS: &[(&str, Scope, Organ)] = &[
    ("省委", Scope::Province, Organ::PartyCommittee),
    ("省政府", Scope::Province, Organ::Government),
    ("省人民政府", Scope::Province, Organ::Government),
    ("省人大常委会", Scope::Province, Organ::Congress),
    ("省人大", Scope::Province, Organ::Congress),
    ("省政协", Scope::Province, Organ::Cppcc),
    ("自治区党委", Scope::Province, Organ::PartyCommittee),
    ("区党委", Scope::Province, Organ::PartyCommittee),
    ("自治区政府", Scope::Province, Organ::Government),
    ("自治区人民政府", Scope::Province, Organ::Government),
    ("自治区人大常委会", Scope::Province, Organ::Congress),
    ("自治区政协", Scope::Province, Organ::Cppcc),
    ("自治区", Scope::Province, Organ::Government),
    ("市委", Scope::City, Organ::PartyCommittee),
    ("市政府", Scope::City, Organ::Government),
    ("市人民政府", Scope::City, Organ::Government),
    ("市人大常委会", Scope::City, Organ::Congress),
    ("市政协", Scope::City, Organ::Cppcc),
    // A provincial paper's own province: 我省, 我区, 本省 (resolved to the province the article is about).
    // 特区政府 in an article about Macau is Macau's.
    ("特区政府", Scope::Sar, Organ::Government),
    ("特别行政区政府", Scope::Sar, Organ::Government),
    ("我省", Scope::Province, Organ::None),
    ("本省", Scope::Province, Organ::None),
    ("全省", Scope::Province, Organ::None),
    ("我区", Scope::Province, Organ::None),
    ("我市", Scope::City, Organ::None),
    ("人大常委会", Scope::Current, Organ::Congress),
    ("政协", Scope::Current, Organ::Cppcc),
    ("代表团", Scope::Delegation, Organ::Delegation),
    ("党政代表团", Scope::Delegation, Organ::Delegation),
    ("集团", Scope::Enterprise, Organ::None),
    ("集团公司", Scope::Enterprise, Organ::None),
    ("公司", Scope::Enterprise, Organ::None),
];

/// Words that say an event happened, with the kind they make.
pub const TRIGGERS: &[(&str, EventKind)] = {
    use EventKind::*;
    &[
        ("会谈", Talks),
        ("工作会谈", Talks),
        ("会见", Talks),
        ("会晤", Talks),
        ("会面", Talks),
        ("会商", Talks),
        ("接见", Talks),
        ("接待", Talks),
        ("见面", Talks),
        ("洽谈", Talks),
        ("磋商", Talks),
        ("商谈", Talks),
        ("座谈", Symposium),
        ("座谈会", Symposium),
        ("座谈交流", Symposium),
        ("交流座谈", Symposium),
        ("恳谈会", Symposium),
        ("签署", Signing),
        ("签订", Signing),
        ("签约", Signing),
        ("见证签约", Signing),
        ("签约仪式", Signing),
        ("拜访", Visit),
        ("拜会", Visit),
        ("走访", Visit),
        ("访问", Visit),
        ("出访", Visit),
        ("到访", Visit),
        // 到财政部汇报对接工作: a call on a body to report and ask for its support.
        ("汇报对接", Visit),
        ("对接汇报", Visit),
        ("来访", Visit),
        ("考察", Inspection),
        ("调研", Inspection),
        ("视察", Inspection),
        ("会议", Conference),
        ("联席会议", Conference),
        ("联席会", Conference),
    ]
};

/// Words that may follow a name and so end it: verbs of attending, speaking, leading.
pub const NAME_ENDERS: &[&str] = &[
    "出席", "参加", "表示", "指出", "强调", "介绍", "提到", "提出", "主持", "讲话", "致辞", "举行",
    "代表", "一行", "带队", "率队", "率领", "陪同", "见证", "共同", "分别", "先后", "一同", "一起",
    "深入", "当时", "前往", "感谢", "希望", "召开", "听取", "同志", "欢迎", "对此", "认为", "谈到",
    "说明", "看望", "慰问", "会上", "进行", "此前", "同时", "随后", "赴京", "带领", "带团", "率团",
    "应邀", "来到", "到访", "抵达", "走进",
    // Verbs of talking that are not meetings by themselves (与董事长胡望明交流).
    "交流", "交谈", "对接", "通报", "汇报", "探讨", "商讨", "围绕", "共商", "恳谈",
    // Adverbs that stand between a name and its verb (王浩专程拜访, 易炼红亲切会见).
    "专程", "亲切", "首先", "详细", "实地", "认真", "热情", "简要", "主动", "专题", "重点", "随即",
    "仔细", "专门", "积极", "再次", "亲自", "现场", "逐一", "当即", "特地", "特意", "一道", "随同",
    "高度", "充分", "集体", "依次", "分头", "就此",
    // Times written between a name and its verb (郑雁雄昨晚会见, 王五今天上午拜会).
    "昨天", "昨晚", "昨日", "今天", "今日", "今晚", "上午", "下午", "晚上", "日前", "近日", "此间",
    // Words that begin what is said of the person (李四关于…的讲话, 王五接任).
    "关于", "接任", "任职", "履新", "参与", "委托", "盛赞", "称赞", "指示", "批示",
];

/// Second characters of words that begin with 长 right after a place's full name (湖南省长沙市,
/// 湖北省长江), where 省长/市长 is not a title.
pub const LONG_WORD_SECONDS: &str = "江城征三株治沙春白安寿";

/// Last characters of a province's or city's departments (发展改革委, 财政厅, 财政司).
pub const DEPARTMENT_ENDS: [char; 5] = ['厅', '局', '委', '办', '司'];

/// Words of a sentence that refers to every meeting told before it (参加上述活动).
pub const ALL_ABOVE: &[&str] = &["上述", "以上"];

/// Lines that open a list of other articles' headlines after the report (【相关阅读】).
pub const TRAILER_MARKERS: &[&str] = &[
    "相关阅读",
    "相关新闻",
    "相关报道",
    "延伸阅读",
    "推荐阅读",
    "更多阅读",
    "往期回顾",
    "往期推荐",
    "热门推荐",
    "猜你喜欢",
    "相關閱讀",
    "相關新聞",
    "相關報道",
    "延伸閱讀",
    "推薦閱讀",
];

/// Words for the two sides of the meeting just told (次日，双方举行工作会谈).
pub const BOTH_SIDES: &[&str] = &["双方", "两地", "两省", "两区", "两市"];

/// Last characters of the verbs of going somewhere (赴, 到, 抵, 前往).
pub const DESTINATION_VERBS: [char; 5] = ['赴', '到', '抵', '往', '来'];

/// Characters before a place that make it where something happens (在北京, 于兰州, 赴上海), not
/// an actor nor the place of the offices named next.
pub const WHERE_WORDS: [char; 6] = ['在', '于', '赴', '到', '抵', '往'];

/// Words written right before a counterpart's title (拜访财政部，与部长蓝佛安座谈).
pub const COUNTERPART_LINKS: &[&str] =
    &["与", "同", "和", "并与", "会见", "会见了", "拜会", "拜会了"];

/// Legal-form words written after an enterprise's short name (中国中铁股份有限公司, 中国石化集团公司):
/// part of the name, longest first.
pub const COMPANY_SUFFIXES: &[&str] = &[
    "集团股份有限公司",
    "集团有限责任公司",
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "控股有限公司",
    "有限公司",
    "集团公司",
    "总公司",
    "集团",
    "公司",
];

/// Words of a dateline or a page's byline (2017年02月22日 10:54 来源：香港商报): its date is when
/// the page was published, not when anything happened.
pub const DATELINE_WORDS: &[&str] = &[
    "来源",
    "發布",
    "发布",
    "编辑",
    "作者",
    "责编",
    "时间：",
    "时间:",
    "浏览",
    "点击",
];

/// Words before a meeting verb that make it a line of who attended (参加会见, 陪同会见).
pub const ATTENDING: [&str; 5] = ["参加", "出席", "陪同", "一同", "列席"];

/// Words after a meeting verb that make it the name of a past visit's speech or instructions
/// (考察重要讲话精神, 视察时的重要指示): background, not a meeting told.
pub const SPEECH_OF_A_VISIT: &[&str] = &[
    "重要讲话",
    "时的重要讲话",
    "时重要讲话",
    "重要指示",
    "时的重要指示",
    "讲话精神",
];

/// Words opening a sentence that goes on about the meeting just told (会上，双方签署了…), however
/// many paragraphs of speeches came between.
pub const MEETING_BACKREFS: &[&str] = &[
    "会上",
    "会谈中",
    "会谈后",
    "会见中",
    "会见后",
    "座谈会上",
    "座谈中",
    "座谈后",
    "会后",
    "仪式上",
    "签约仪式上",
    "活动中",
    "交流中",
];

/// Single characters that commonly follow a name (prepositions, conjunctions, adverbs).
pub const NAME_FOLLOWERS: &str =
    "在与和及同率赴到来向对为将从于以并又还也则等就是说均都分先共一再已曾即给亦昨的称参予除";

/// Characters after a name that introduce a place (so a 3-character run ending in one is a 2-character name).
pub const PLACE_PREPOSITIONS: &str = "在与和赴到同及向对率抵于来";

/// Common single-character surnames, then compound ones.
pub const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习怀宓靖矫郄阎逄訾竺暴买钭琚荀鄂益桓冒咸傅洪丘凤庹操谯郦糜佴";

pub const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "万俟", "单于", "申屠",
];

/// Words before a name that make it a byline, not a person of the article.
pub const BYLINE_MARKERS: &[&str] = &[
    "撰文",
    "记者",
    "编辑",
    "责任编辑",
    "责编",
    "作者",
    "来源",
    "校对",
    "审核",
    "通讯员",
    "摄影",
    "图",
    "文",
];

/// Focus words that name an event's topic (GUIDE section 4), checked in agreement titles and focus phrases.
pub const TOPIC_WORDS: &[(&str, &str)] = &[
    ("能源", "energy"),
    ("电力", "energy"),
    ("交通", "transport"),
    ("铁路", "transport"),
    ("教育", "education"),
    ("金融", "finance"),
    ("农业", "agriculture"),
    ("市场监管", "market_regulation"),
    ("制造", "industry"),
    ("工业", "industry"),
    ("科技", "science_technology"),
    ("科学", "science_technology"),
    ("商务", "commerce"),
    ("贸易", "commerce"),
    ("卫生", "health"),
    ("医疗", "health"),
    ("健康", "health"),
    ("生态", "environment"),
    ("环保", "environment"),
    ("文旅", "culture_tourism"),
    ("文化", "culture_tourism"),
    ("旅游", "culture_tourism"),
    ("水利", "water"),
    ("水资源", "water"),
    ("住房", "housing_urban"),
    ("城乡建设", "housing_urban"),
    ("数字", "digital"),
    ("数据", "digital"),
    ("信息化", "digital"),
    ("乡村振兴", "rural_revitalization"),
    ("外事", "foreign_affairs"),
    ("安全", "security"),
];

/// Words in the name of a firm or body the lexicons lack that give its portfolio (GUIDE section 4),
/// the first found in this order winning: 某某银行长春分行 → finance, 山东重工集团 → industry.
pub const FIRM_TOPIC_WORDS: &[(&str, &str)] = &[
    ("银行", "finance"),
    ("保险", "finance"),
    ("证券", "finance"),
    ("信托", "finance"),
    ("基金", "finance"),
    ("金融", "finance"),
    ("研究院", "science_technology"),
    ("研究所", "science_technology"),
    ("科学院", "science_technology"),
    ("大学", "education"),
    ("学院", "education"),
    ("学校", "education"),
    ("教育", "education"),
    ("医院", "health"),
    ("医药", "health"),
    ("药业", "health"),
    ("医疗", "health"),
    ("健康", "health"),
    ("地产", "housing_urban"),
    ("置业", "housing_urban"),
    ("城投", "housing_urban"),
    ("城建", "housing_urban"),
    ("能源", "energy"),
    ("电力", "energy"),
    ("电网", "energy"),
    ("石油", "energy"),
    ("石化", "energy"),
    ("燃气", "energy"),
    ("煤", "energy"),
    ("光伏", "energy"),
    ("铁路", "transport"),
    ("交通", "transport"),
    ("航空", "transport"),
    ("机场", "transport"),
    ("港务", "transport"),
    ("港口", "transport"),
    ("航运", "transport"),
    ("高速", "transport"),
    ("物流", "transport"),
    ("水务", "water"),
    ("水利", "water"),
    ("通信", "digital"),
    ("数字", "digital"),
    ("数据", "digital"),
    ("网络", "digital"),
    ("软件", "digital"),
    ("信息", "digital"),
    ("旅游", "culture_tourism"),
    ("文旅", "culture_tourism"),
    ("文化", "culture_tourism"),
    ("传媒", "culture_tourism"),
    ("出版", "culture_tourism"),
    ("农业", "agriculture"),
    ("农垦", "agriculture"),
    ("粮", "agriculture"),
    ("食品", "agriculture"),
    ("牧业", "agriculture"),
    ("环保", "environment"),
    ("环境", "environment"),
    ("钢铁", "industry"),
    ("重工", "industry"),
    ("汽车", "industry"),
    ("机械", "industry"),
    ("装备", "industry"),
    ("制造", "industry"),
    ("化工", "industry"),
    ("电子", "industry"),
    ("工业", "industry"),
    ("有色", "industry"),
    ("建材", "industry"),
    ("水泥", "industry"),
    ("材料", "industry"),
    ("科技", "science_technology"),
    ("商会", "commerce"),
    ("商业", "commerce"),
    ("商贸", "commerce"),
    ("贸易", "commerce"),
    ("零售", "commerce"),
    ("百货", "commerce"),
    ("外贸", "commerce"),
    ("工商", "commerce"),
];

/// The portfolio a firm's name gives, by [`FIRM_TOPIC_WORDS`].
pub fn firm_topic(name: &str) -> Option<&'static str> {
    FIRM_TOPIC_WORDS
        .iter()
        .find(|(w, _)| name.contains(w))
        .map(|(_, t)| *t)
}

/// Official English of every title word of [`TITLES`], as Xinhua and the bodies' own English sites
/// write it. A `true` third column marks a title that names its own body (国务院总理, "Premier of
/// the State Council"): no organisation is added to it.
pub const TITLE_ENGLISH: &[(&str, &str, bool)] = &[
    ("书记", "Secretary", false),
    ("第一书记", "First Secretary", false),
    (
        "党组书记",
        "Secretary of the Leading Party Members' Group",
        false,
    ),
    ("党委书记", "Party Secretary", false),
    (
        "党工委书记",
        "Secretary of the Party Working Committee",
        false,
    ),
    (
        "党组副书记",
        "Deputy Secretary of the Leading Party Members' Group",
        false,
    ),
    ("党委副书记", "Deputy Party Secretary", false),
    ("副书记", "Deputy Secretary", false),
    ("专职副书记", "Full-time Deputy Secretary", false),
    ("常委", "Standing Committee Member", false),
    ("省长", "Governor", false),
    ("代省长", "Acting Governor", false),
    ("副省长", "Vice Governor", false),
    ("常务副省长", "Executive Vice Governor", false),
    ("主席", "Chairman", false),
    ("代主席", "Acting Chairman", false),
    ("副主席", "Vice Chairman", false),
    ("常务副主席", "Executive Vice Chairman", false),
    ("主任", "Director", false),
    ("副主任", "Deputy Director", false),
    ("常务副主任", "Executive Deputy Director", false),
    ("市长", "Mayor", false),
    ("代市长", "Acting Mayor", false),
    ("副市长", "Vice Mayor", false),
    ("常务副市长", "Executive Vice Mayor", false),
    ("行政长官", "Chief Executive", false),
    ("署理行政长官", "Acting Chief Executive", false),
    ("特首", "Chief Executive", false),
    ("关长", "Commissioner of Customs", false),
    ("副关长", "Deputy Commissioner of Customs", false),
    ("廉政专员", "Commissioner", false),
    ("处长", "Division Director", false),
    ("副处长", "Deputy Division Director", false),
    ("专员", "Commissioner", false),
    ("部长", "Minister", false),
    ("副部长", "Vice Minister", false),
    ("常务副部长", "Executive Vice Minister", false),
    ("局长", "Director", false),
    ("署长", "Administrator", false),
    ("特派员", "Commissioner", false),
    ("院长", "President", false),
    ("行长", "Governor", false),
    ("会长", "President", false),
    ("社长", "President", false),
    ("台长", "Director", false),
    ("理事长", "Chairman", false),
    ("检察长", "Procurator-General", false),
    ("副局长", "Deputy Director", false),
    ("副署长", "Deputy Administrator", false),
    ("副特派员", "Deputy Commissioner", false),
    ("副院长", "Vice President", false),
    ("副行长", "Deputy Governor", false),
    ("副会长", "Vice President", false),
    ("副社长", "Vice President", false),
    ("副台长", "Deputy Director", false),
    ("副理事长", "Vice Chairman", false),
    ("副检察长", "Deputy Procurator-General", false),
    ("校长", "President", false),
    ("副校长", "Vice President", false),
    ("常务副校长", "Executive Vice President", false),
    ("董事长", "Chairman", false),
    ("董事局主席", "Chairman of the Board", false),
    ("董事会主席", "Chairman of the Board", false),
    ("董事局副主席", "Vice Chairman of the Board", false),
    ("董事会副主席", "Vice Chairman of the Board", false),
    ("总经理", "General Manager", false),
    ("总裁", "President", false),
    ("秘书长", "Secretary-General", false),
    (
        "总书记",
        "General Secretary of the CPC Central Committee",
        true,
    ),
    (
        "中共中央总书记",
        "General Secretary of the CPC Central Committee",
        true,
    ),
    (
        "国家主席",
        "President of the People's Republic of China",
        true,
    ),
    (
        "国家副主席",
        "Vice President of the People's Republic of China",
        true,
    ),
    (
        "中央军委主席",
        "Chairman of the Central Military Commission",
        true,
    ),
    (
        "军委主席",
        "Chairman of the Central Military Commission",
        true,
    ),
    ("国务院总理", "Premier of the State Council", true),
    ("总理", "Premier of the State Council", true),
    ("国务院副总理", "Vice Premier of the State Council", true),
    ("副总理", "Vice Premier of the State Council", true),
    (
        "中共中央政治局常委",
        "Member of the Standing Committee of the Political Bureau of the CPC Central Committee",
        true,
    ),
    (
        "中央政治局常委",
        "Member of the Standing Committee of the Political Bureau of the CPC Central Committee",
        true,
    ),
    (
        "政治局常委",
        "Member of the Standing Committee of the Political Bureau of the CPC Central Committee",
        true,
    ),
    (
        "中共中央政治局常务委员会委员",
        "Member of the Standing Committee of the Political Bureau of the CPC Central Committee",
        true,
    ),
    (
        "中共中央政治局委员",
        "Member of the Political Bureau of the CPC Central Committee",
        true,
    ),
    (
        "中央政治局委员",
        "Member of the Political Bureau of the CPC Central Committee",
        true,
    ),
    (
        "政治局委员",
        "Member of the Political Bureau of the CPC Central Committee",
        true,
    ),
    (
        "中央书记处书记",
        "Member of the Secretariat of the CPC Central Committee",
        true,
    ),
    ("副总经理", "Deputy General Manager", false),
    ("副总裁", "Vice President", false),
    ("副董事长", "Vice Chairman", false),
    ("副秘书长", "Deputy Secretary-General", false),
    (
        "党组成员",
        "Member of the Leading Party Members' Group",
        false,
    ),
    (
        "党委常委",
        "Member of the Standing Committee of the Party Committee",
        false,
    ),
    ("常务委员", "Standing Committee Member", false),
    ("委员", "Member", false),
    ("主任委员", "Chairman", false),
    ("院士", "Academician", false),
    (
        "纪委书记",
        "Secretary of the Commission for Discipline Inspection",
        false,
    ),
    (
        "政法委书记",
        "Secretary of the Political and Legal Affairs Commission",
        false,
    ),
    ("荣誉主席", "Honorary Chairman", false),
    ("名誉主席", "Honorary Chairman", false),
    ("荣誉会长", "Honorary President", false),
    ("名誉会长", "Honorary President", false),
    ("组织部部长", "Head of the Organization Department", false),
    (
        "组织部副部长",
        "Deputy Head of the Organization Department",
        false,
    ),
    ("宣传部部长", "Head of the Publicity Department", false),
    (
        "宣传部副部长",
        "Deputy Head of the Publicity Department",
        false,
    ),
    (
        "统战部部长",
        "Head of the United Front Work Department",
        false,
    ),
    (
        "统战部副部长",
        "Deputy Head of the United Front Work Department",
        false,
    ),
    ("国务委员", "State Councilor", true),
    ("委员长", "Chairman of the NPC Standing Committee", true),
    (
        "副委员长",
        "Vice Chairman of the NPC Standing Committee",
        true,
    ),
    ("厅长", "Director", false),
    ("副厅长", "Deputy Director", false),
    ("州长", "Governor", false),
    ("副州长", "Deputy Governor", false),
    ("区长", "District Head", false),
    ("县长", "County Head", false),
    ("盟长", "League Head", false),
    ("司长", "Director-General", false),
    ("副司长", "Deputy Director-General", false),
    ("总工程师", "Chief Engineer", false),
    ("总会计师", "Chief Accountant", false),
    ("总经济师", "Chief Economist", false),
    ("总法律顾问", "General Counsel", false),
    ("董事", "Director", false),
    ("监事会主席", "Chairman of the Board of Supervisors", false),
    ("董事会秘书", "Secretary of the Board", false),
    ("主任助理", "Assistant Director", false),
    ("首席执行官", "Chief Executive Officer", false),
    ("工会主席", "Chairman of the Trade Union", false),
    (
        "国际贸易谈判代表",
        "China International Trade Representative",
        false,
    ),
    (
        "国际贸易谈判副代表",
        "Deputy China International Trade Representative",
        false,
    ),
    ("审计长", "Auditor General", false),
    ("副审计长", "Deputy Auditor General", false),
    (
        "纪检监察组组长",
        "Head of the Discipline Inspection and Supervision Team",
        false,
    ),
    ("组长", "Head", false),
    ("副组长", "Deputy Head", false),
    ("司令员", "Commander", false),
    ("政治委员", "Political Commissar", false),
    ("政委", "Political Commissar", false),
    ("省领导", "Provincial leader", false),
    ("领导", "Leader", false),
    ("市领导", "Municipal leader", false),
    ("自治区领导", "Regional leader", false),
    ("大使", "Ambassador", false),
];

/// Titles whose English changes with the organ they hang on: 书记 of a Party committee is its
/// Party Secretary; 主任 of a people's congress standing committee, its Chairman.
pub const ORGAN_TITLE_ENGLISH: &[(Organ, &str, &str)] = &[
    (Organ::PartyCommittee, "书记", "Party Secretary"),
    (Organ::PartyCommittee, "副书记", "Deputy Party Secretary"),
    (
        Organ::PartyCommittee,
        "专职副书记",
        "Full-time Deputy Party Secretary",
    ),
    (Organ::Congress, "主任", "Chairman"),
    (Organ::Congress, "副主任", "Vice Chairman"),
    (Organ::Congress, "常务副主任", "Executive Vice Chairman"),
];

/// The five autonomous regions by their full English names (provinces.tsv gives the short ones).
pub const AUTONOMOUS_REGIONS: &[(&str, &str)] = &[
    ("CN-NM", "Inner Mongolia Autonomous Region"),
    ("CN-GX", "Guangxi Zhuang Autonomous Region"),
    ("CN-XZ", "Tibet Autonomous Region"),
    ("CN-NX", "Ningxia Hui Autonomous Region"),
    ("CN-XJ", "Xinjiang Uygur Autonomous Region"),
];

/// Words opening a line of a web page's furniture, not its headline: bylines, page tools,
/// where-you-are lines (【字号 大 中 小】, 分享到：, 当前位置：首页). Checked after leading brackets.
pub const PAGE_FURNITURE: &[&str] = &[
    "来源",
    "发布时间",
    "发布日期",
    "时间：",
    "时间:",
    "日期：",
    "日期:",
    "作者",
    "本报记者",
    "记者：",
    "通讯员",
    "撰文",
    "责任编辑",
    "责编",
    "编辑：",
    "编辑:",
    "审核：",
    "校对：",
    "字号",
    "字体",
    "打印",
    "关闭窗口",
    "分享到",
    "扫一扫",
    "浏览次数",
    "阅读次数",
    "点击数",
    "当前位置",
    "您的位置",
    "您当前的位置",
    "你的位置",
    "首页",
    "网站首页",
    "返回首页",
];

/// Characters between the items of a navigation bar (首页 | 新闻 | 政务).
pub const NAV_SEPARATORS: &str = "|｜·•/";

/// The arrows of a breadcrumb (首页 > 新闻中心 > 要闻): two items between them make one.
pub const BREADCRUMB_ARROWS: &str = ">»›＞";

/// Words after a person's name that make them one who attends, not a side (洪清华应邀参加).
pub const ATTENDING_AFTER: &[&str] = &[
    "应邀参加",
    "应邀出席",
    "参加",
    "出席",
    "陪同",
    "随团",
    "随同",
    "列席",
    "一同参加",
    "共同担任",
    "担任主礼嘉宾",
    "担任嘉宾",
];

/// Words between two titles of one person (党组书记兼董事长, 副部长兼国际贸易谈判副代表).
pub const CONCURRENTLY: &[&str] = &["兼", "兼任"];

/// Personal honours and seats written right after a body (中国科学院院士, 全国人大代表, 省政协委员):
/// they describe a person, the body takes no part. A word in the second list right after the
/// honour makes it the name of a body again (人大代表团, 政协委员会).
pub const HONOURS_AFTER_BODY: &[&str] = &["院士", "代表", "委员"];
pub const NOT_AN_HONOUR_AFTER: &[char] = &['团', '处', '会', '室', '工'];

/// Words that tell a verb as a habit, not as one meeting (湖北每年均在港举办洽谈活动).
pub const HABIT_WORDS: &[&str] = &["每年", "每届", "历年", "多年来", "长期以来"];

/// Words that tell a verb as a remark on what happened before, not as the meeting reported
/// (这已不是该省首次与商务部签署协议, 早在2019年双方就签署过).
pub const PAST_REMARK_WORDS: &[&str] = &[
    "已不是",
    // 这是继2011年双方签署…以来的第五次会议.
    "是继",
    "并非首次",
    "不是首次",
    "不是第一次",
    "并非第一次",
    "早在",
    "此前曾",
    "曾先后",
    "先后多次",
    "曾多次",
];

/// Words right after a province or city that make it qualify a noun (北京知名企业家, 安徽水泥产业,
/// 山东籍): the place takes no part.
pub const QUALIFIED_AFTER_PLACE: &[&str] = &[
    // A venue named after a place (广东迎宾馆, 北京饭店) is where, not who.
    "迎宾馆",
    "宾馆",
    "饭店",
    "酒店",
    "大酒店",
    "大厦",
    "会堂",
    "会展中心",
    "国际会议中心",
    "知名",
    "企业家",
    "籍",
    "产业",
    "特色",
    "元素",
    "经验",
    "模式",
    "制造",
    "品牌",
    "老乡",
    "客商",
    "商会",
    "人士",
    "同胞",
    "乡亲",
    "学子",
    "青年",
    "游客",
    "市场",
    "本地",
];

/// Words right before a province or region that make it part of a gathering's or a policy's
/// name (中央新疆工作座谈会, 全国援藏工作会议).
pub const QUALIFIED_BEFORE_PLACE: &[&str] = &["中央", "援", "驻"];

/// Words for firms or entrepreneurs as a whole: a 座谈会 with them is a gathering of many.
pub const MANY_FIRMS: &[&str] = &[
    "中央企业",
    "央企",
    "企业家",
    "民营企业",
    "民营企业家",
    "企业",
    "外资企业",
    "港澳企业",
    "台资企业",
    "知名企业",
    "商会",
    "客商",
];

/// Words after a date that make it the day a trip ended (行程昨日结束, 昨晚返回), not a meeting's.
pub const TRIP_ENDS: &[&str] = &["结束", "返回", "返抵", "回到", "离开", "离京", "圆满结束"];

/// Words before a meeting verb that make it a plan, not a meeting held (计划赴港, 拟于明年签署).
pub const PLAN_WORDS: &[&str] = &[
    "计划",
    "拟于",
    "拟赴",
    "拟在",
    "拟与",
    "将于",
    "将赴",
    "将在",
    "将与",
    "将同",
    "将前往",
    "准备",
    "打算",
    "预计",
    "有望",
    "即将",
    "期待",
    "希望",
    "期盼",
    "争取",
    "筹备",
];

/// The titles of a Special Administrative Region's head: with no region written, the article's.
pub const SAR_LEADER_TITLES: &[&str] = &["行政长官", "署理行政长官", "特首"];

/// Offices that, written with no body at all in an article about Hong Kong or Macau, are that
/// region's government's (经济财政司司长 is written so, 司长李伟农 too).
pub const SAR_OFFICES: &[&str] = &[
    "司长",
    "副司长",
    "局长",
    "副局长",
    "署长",
    "副署长",
    "处长",
    "副处长",
    "关长",
    "副关长",
    "廉政专员",
    "专员",
    "审计长",
];

/// Outlets whose names hold no place, with the province (or city) they are the papers and sites
/// of: a report they carry calls that place 我省, 省委 and 本市. Outlets whose names hold a place
/// (河南日报, 保定日报) are read from the place itself. National outlets (人民网, 新华社) are none.
pub const OUTLETS: &[(&str, &str)] = &[
    // North and north-east
    ("千龙网", "CN-BJ"),
    ("北京青年报", "CN-BJ"),
    ("北方网", "CN-TJ"),
    ("津云", "CN-TJ"),
    ("今晚报", "CN-TJ"),
    ("长城网", "CN-HE"),
    ("燕赵都市报", "CN-HE"),
    ("黄河新闻网", "CN-SX"),
    ("正北方网", "CN-NM"),
    ("北方新报", "CN-NM"),
    ("东北新闻网", "CN-LN"),
    ("北国网", "CN-LN"),
    ("辽沈晚报", "CN-LN"),
    ("新文化报", "CN-JL"),
    ("城市晚报", "CN-JL"),
    ("东北网", "CN-HL"),
    ("生活报", "CN-HL"),
    ("新晚报", "CN-HL"),
    // East
    ("解放日报", "CN-SH"),
    ("文汇报", "CN-SH"),
    ("新民晚报", "CN-SH"),
    ("东方网", "CN-SH"),
    ("新华日报", "CN-JS"),
    ("交汇点", "CN-JS"),
    ("扬子晚报", "CN-JS"),
    ("现代快报", "CN-JS"),
    ("荔枝新闻", "CN-JS"),
    ("钱江晚报", "CN-ZJ"),
    ("潮新闻", "CN-ZJ"),
    ("中安在线", "CN-AH"),
    ("东南网", "CN-FJ"),
    ("海峡都市报", "CN-FJ"),
    ("大江网", "CN-JX"),
    ("大众日报", "CN-SD"),
    ("大众网", "CN-SD"),
    ("齐鲁网", "CN-SD"),
    ("齐鲁晚报", "CN-SD"),
    ("闪电新闻", "CN-SD"),
    // Centre and south
    ("大河网", "CN-HA"),
    ("大河报", "CN-HA"),
    ("大象新闻", "CN-HA"),
    ("荆楚网", "CN-HB"),
    ("楚天都市报", "CN-HB"),
    ("极目新闻", "CN-HB"),
    ("红网", "CN-HN"),
    ("潇湘晨报", "CN-HN"),
    ("南方日报", "CN-GD"),
    ("南方网", "CN-GD"),
    ("南方+", "CN-GD"),
    ("羊城晚报", "CN-GD"),
    ("金羊网", "CN-GD"),
    ("南海网", "CN-HI"),
    // South-west and north-west
    ("华龙网", "CN-CQ"),
    ("上游新闻", "CN-CQ"),
    ("封面新闻", "CN-SC"),
    ("川观新闻", "CN-SC"),
    ("七彩云南", "CN-YN"),
    ("西部网", "CN-SN"),
    ("华商报", "CN-SN"),
    ("三秦都市报", "CN-SN"),
    ("每日甘肃网", "CN-GS"),
    ("西海都市报", "CN-QH"),
    ("新消息报", "CN-NX"),
    ("天山网", "CN-XJ"),
    // Cities
    ("长江日报", "武汉市"),
    ("深圳特区报", "深圳市"),
    ("晶报", "深圳市"),
    ("海峡导报", "厦门市"),
    ("半岛晨报", "大连市"),
    ("胶东在线", "烟台市"),
    // Hong Kong and Macau
    ("大公报", "CN-HK"),
    ("明报", "CN-HK"),
    ("星岛日报", "CN-HK"),
    ("东方日报", "CN-HK"),
    ("信报", "CN-HK"),
    ("南华早报", "CN-HK"),
    ("市民日报", "CN-MO"),
];

/// The Party's general secretaries since the office was restored in 1982 (and 邓小平, general
/// secretary of the Secretariat 1956–1966): 总书记 after one of them in a longer run of words
/// (贯彻落实习近平总书记…) is that person.
pub const GENERAL_SECRETARIES: &[&str] =
    &["邓小平", "胡耀邦", "赵紫阳", "江泽民", "胡锦涛", "习近平"];

/// Words before a leader's name that cite what the leader said or set out (学习贯彻习近平总书记
/// 关于…的重要论述, 沿着习近平总书记擘画的蓝图): the leader is named, but takes no part.
pub const CITING_A_LEADER: &[&str] = &[
    "贯彻", "落实", "学习", "领会", "践行", "遵循", "按照", "根据", "沿着", "牢记", "依照", "秉持",
];
