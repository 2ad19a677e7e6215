namespace Bot.Core.Questions;

/// <summary>The closed vocabulary of asking, in Chinese (simplified and the common traditional forms) and English: the
/// words that say what is asked. Everything else in a question is what it is about, and is looked up in the catalog.</summary>
internal static class QuestionWords
{
    public static readonly Dictionary<string, Cue> Chinese = Build(new()
    {
        [Cue.Filler] =
        [
            "的", "了", "吗", "嘛", "呢", "吧", "啊", "呀", "么", "哦", "喔", "是", "有", "有没有", "有没", "没有", "是不是", "是否", "请问", "请",
            "问一下", "问下", "想问", "想问下", "想知道", "我想", "我要", "我", "你", "您", "你们", "我们", "大家", "一下", "能", "能不能", "能否",
            "可以", "可不可以", "会", "会不会", "在", "和", "与", "跟", "及", "或", "或者", "还", "还有", "也", "都", "就", "什么", "啥", "哪些",
            "哪个", "哪", "那", "这", "这个", "那个", "个", "些", "位", "场", "期", "次", "关于", "相关", "有关", "方面", "内容", "东西", "情况",
            "信息", "消息", "详情", "具体", "一些", "几个", "几场", "给我", "告诉我", "发一下", "发我", "看看", "看一下", "查一下",
            "查查", "找一下", "找找", "帮我", "帮忙", "麻烦", "谢谢", "多谢", "对", "过", "到", "又", "再", "得", "地", "着", "为", "被", "把",
            "从", "对于", "如何", "怎么", "怎样", "怎么样", "好", "下午", "上午", "晚上", "早上", "中午", "几", "呗", "啦", "嗯", "想", "要",
            "需要", "知道", "看", "说", "一个", "哪一场", "哪一期", "哪期", "哪场", "哪次", "哪一次", "每", "每次", "主题", "题目", "话题",
            "一次", "一场", "一期", "有人", "有谁", "来", "去", "来自", "出自", "那期", "那场", "那次", "这期", "这场", "这次", "他", "她", "它", "他们", "她们", "其", "的话", "么样", "一般", "通常", "大概", "麼", "什麼", "甚麼", "嗎", "這", "這個", "那個", "哪個", "們", "我們", "請問", "請", "關於", "相關", "還", "還有", "給我", "們"],
        [Cue.Next] = ["下一次", "下一场", "下一期", "下次", "下场", "下期", "接下来", "即将", "将要", "之后", "后续", "以后", "未来", "马上", "快要", "要开始", "还会", "下一場", "接下來"],
        [Cue.Latest] = ["最近", "最新", "最近一次", "最近一场", "最近一期", "近期", "最新一期", "最新一次"],
        [Cue.First] = ["第一次", "第一场", "首次", "首届", "最早", "最开始", "头一次"],
        [Cue.Last] = ["上一次", "上一场", "上一期", "上次", "上场", "上期", "之前", "以前", "往期", "过去", "历史", "已经", "刚刚", "刚才", "前一次", "前几期", "上一場"],
        [Cue.When] = ["什么时候", "啥时候", "何时", "几点", "几号", "哪天", "哪一天", "哪日", "时间", "日期", "开始", "几月", "多久", "什么时间", "啥时间", "几时", "开播", "举行时间", "结束", "几点结束", "什麼時候", "甚麼時候", "啥時候", "幾點", "幾號", "時間", "開始", "幾時", "結束"],
        [Cue.Who] = ["谁", "哪位", "哪些人", "讲师", "嘉宾", "分享人", "分享者", "演讲者", "讲者", "主讲", "主讲人", "老师", "大佬", "讲师们", "分享嘉宾", "誰", "哪位", "講師", "嘉賓", "分享人", "講者", "主講"],
        [Cue.Spoke] = ["讲过", "讲了", "讲", "分享过", "分享了", "分享", "演讲", "介绍过", "介绍了", "聊过", "聊了", "聊", "做过", "讲解", "说过", "谈过", "谈", "议题", "报告", "演讲过", "讲座", "講過", "講了", "講", "分享過", "分享了", "演講", "介紹過", "議題", "報告"],
        [Cue.WhoIs] = ["是谁", "是哪位", "介绍一下", "认识", "简介", "背景", "履历", "何许人", "个人介绍", "是誰", "介紹一下", "簡介"],
        [Cue.Slides] = ["幻灯片", "课件", "资料", "讲稿", "材料", "下载", "文档", "演示文稿", "胶片", "幻灯", "資料", "幻燈片", "課件", "講稿", "下載", "文檔"],
        [Cue.Replay] = ["回放", "录像", "录播", "视频", "重播", "回看", "录屏", "复看", "重温", "补看", "错过", "没看到", "没赶上", "錄像", "錄播", "視頻", "影片", "重播", "回看", "錯過"],
        [Cue.Watch] = ["直播间", "直播地址", "直播链接", "观看", "怎么看", "在哪看", "哪里看", "在哪里看", "看直播", "收看", "链接", "入口", "直播入口", "频道", "在线看", "线上看", "哔哩哔哩", "b站", "直播間", "直播地址", "直播連結", "直播鏈接", "觀看", "怎麼看", "在哪看", "哪裡看", "看直播", "收看", "連結", "鏈接"],
        [Cue.Where] = ["在哪", "在哪里", "在哪儿", "哪里", "哪儿", "地点", "地址", "场地", "会场", "位置", "城市", "怎么去", "举办", "举行", "报名", "参加", "参与", "注册", "门票", "签到", "到场", "现场", "在哪裡", "哪裡", "地點", "地址", "場地", "會場", "舉辦", "舉行", "報名", "參加", "參與", "註冊", "現場"],
        [Cue.Subscribe] = ["订阅", "提醒", "通知", "关注", "推送", "提醒我", "通知我", "取消订阅", "退订", "訂閱", "提醒", "通知", "關注", "推送", "取消訂閱"],
        [Cue.Agenda] = ["议程", "日程", "安排", "流程", "节目", "排期", "讲什么", "讲啥", "都讲什么", "議程", "日程", "安排", "流程", "講什麼"],
        [Cue.Calendar] = ["日历", "行事历", "加到日历", "日历文件", "日曆", "加到日曆"],
        [Cue.EventList] = ["所有活动", "全部活动", "活动列表", "历史活动", "往期活动", "全部", "所有", "列表", "清单", "多少", "多少期", "多少场", "几期", "几场活动", "所有活動", "全部活動", "活動列表", "多少期"],
        [Cue.Help] = ["帮助", "你能做什么", "你会什么", "你可以做什么", "怎么用", "使用方法", "功能", "命令", "菜单", "你好", "您好", "嗨", "哈喽", "在吗", "幫助", "你能做什麼", "怎麼用", "功能", "命令"],
        [Cue.Event] = ["活动", "场次", "会议", "大会", "峰会", "开放日", "活動", "會議", "大會"],
        [Cue.LiveStream] = ["直播", "线上", "网络研讨会", "在线", "线上直播", "線上", "線上直播"],
        [Cue.Meetup] = ["线下", "沙龙", "见面会", "聚会", "技术沙龙", "线下活动", "線下", "線下活動"],
    });

    /// <summary>Phrases of lower-case words separated by one space.</summary>
    public static readonly IReadOnlyDictionary<string, Cue> English = Build(new()
    {
        [Cue.Filler] =
        [
            "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "i", "me", "my", "we", "us",
            "our", "you", "your", "it", "its", "it's", "this", "that", "these", "those", "there", "here", "any", "anything", "some", "something",
            "of", "for", "to", "in", "on", "at", "by", "with", "from", "into", "and", "or", "but", "can", "could", "would", "will", "should",
            "shall", "may", "might", "must", "please", "pls", "plz", "tell", "show", "give", "find", "get", "got", "have", "has", "had", "what",
            "what's", "whats", "which", "how", "much", "many", "thanks", "thank", "know", "want", "like", "see", "look", "looking", "also",
            "again", "one", "ones", "yet", "still", "ever", "anyone", "anybody", "someone", "somebody", "people", "person", "there's", "theres",
            "i'm", "im", "need", "let", "lets", "let's", "just", "only", "more", "info", "information", "details", "detail", "about", "regarding",
            "related", "topic", "so", "then", "ok", "okay", "bot", "kind", "sort", "going", "gonna", "happen", "happens", "happening", "planned",
            "scheduled", "up", "there be", "where's", "wheres", "when's", "whens", "else", "other", "any other", "new",
            "s", "t", "don't", "dont", "isn't", "won't", "there any", "available", "out", "yes", "no", "not", "all", "each", "every",
            "doing", "being held", "coming", "tell me", "show me", "give me", "send", "send me", "where do", "right", "now", "add", "put", "save",
            "they", "them", "their", "theirs", "he", "him", "his", "she", "her", "hers", "if", "whether", "as", "than", "very",
            "really", "actually", "maybe", "perhaps", "possible", "able", "way", "ways", "check", "search", "mean", "meant", "guys",
            "folks", "anyway", "currently",
        ],
        [Cue.Next] = ["next", "upcoming", "coming up", "soon", "following", "future", "nearest"],
        [Cue.Latest] = ["latest", "newest", "recent", "most recent", "the latest", "recently"],
        [Cue.First] = ["first", "earliest", "very first"],
        [Cue.Last] = ["last", "previous", "past", "earlier", "before", "ago", "already", "former", "prior", "happened"],
        [Cue.When] = ["when", "what time", "what date", "which day", "which date", "date", "time", "start", "starts", "starting", "begin", "begins", "how long", "how soon", "what day", "dates", "times", "end", "ends", "finish", "finishes", "over"],
        [Cue.Who] = ["who", "whom", "whose", "speaker", "speakers", "presenter", "presenters", "guest", "guests", "who spoke", "who talked"],
        [Cue.Spoke] = ["spoke", "speak", "speaks", "speaking", "talked", "talk", "talks", "talking", "presented", "present", "presents", "presenting", "giving", "gives", "presentation", "presentations", "gave", "give a talk", "discuss", "discussed", "discusses", "covered", "cover", "covers", "session", "sessions", "lecture", "lectures", "keynote", "shared", "share", "sharing"],
        [Cue.WhoIs] = ["who is", "who's", "tell me about", "introduce", "introduction", "bio", "biography", "background", "profile", "who was"],
        [Cue.Slides] = ["slides", "slide", "deck", "decks", "ppt", "pptx", "pdf", "pdfs", "materials", "material", "download", "downloads", "slideshow", "slide deck", "slide decks"],
        [Cue.Replay] = ["replay", "replays", "recording", "recordings", "recorded", "video", "videos", "rewatch", "watch again", "playback", "vod", "missed"],
        [Cue.Watch] = ["watch", "watching", "live room", "stream link", "livestream link", "live link", "link", "links", "url", "tune in", "join online", "view", "bilibili", "where to watch", "where can i watch"],
        [Cue.Where] = ["where", "venue", "location", "address", "place", "city", "held", "take place", "takes place", "attend", "attending", "register", "registration", "sign up", "signup", "join", "ticket", "tickets", "directions", "located"],
        [Cue.Subscribe] = ["subscribe", "subscription", "subscribed", "remind", "reminder", "reminders", "notify", "notification", "notifications", "alert", "alerts", "follow", "notified", "unsubscribe"],
        [Cue.Agenda] = ["agenda", "schedule", "program", "programme", "lineup", "line up", "line-up", "timetable", "what's on", "whats on", "topics", "outline", "plan", "run of show"],
        [Cue.Calendar] = ["calendar", "ics", "ical", "icalendar", "add to calendar", "add to my calendar", "calendar file"],
        [Cue.EventList] = ["list", "list of events", "all events", "every event", "events list", "history", "archive", "all the events", "how many"],
        [Cue.Help] = ["help", "what can you do", "commands", "how to use", "usage", "menu", "hi", "hello", "hey", "good morning", "good evening"],
        [Cue.Event] = ["event", "events", "meeting", "meetings", "conference", "summit", "activity", "activities", "occasion"],
        [Cue.LiveStream] = ["live stream", "livestream", "live streams", "livestreams", "stream", "streams", "streaming", "live", "webinar", "webinars", "online", "broadcast", "channel", "sofachannel", "live streaming", "live show"],
        [Cue.Meetup] = ["meetup", "meetups", "meet-up", "meet up", "offline", "in person", "in-person", "salon", "gathering", "sofameetup"],
    });

    /// <summary>Looks Chinese words up by span, without a string per try.</summary>
    public static readonly Dictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> ChineseLookup = Chinese.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly int LongestChinese = Chinese.Keys.Max(k => k.Length);
    public static readonly int LongestEnglishWords = English.Keys.Max(k => k.Count(c => c == ' ') + 1);

    // A word listed twice keeps its first cue: the lists above are in order of precedence only within a language.
    private static Dictionary<string, Cue> Build(Dictionary<Cue, string[]> lists)
    {
        var words = new Dictionary<string, Cue>(StringComparer.Ordinal);
        foreach (var (cue, list) in lists)
        {
            foreach (var word in list)
            {
                words.TryAdd(word, cue);
            }
        }

        return words;
    }
}
