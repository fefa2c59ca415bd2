"""The words that tell who speaks: reporting verbs, report nouns, officials, media, naming cues.

Word lists only; the rules that read them are in ``cues``, ``attribution`` and ``quotes``. Verbs
are lemmas, nouns lemmas or lowercase forms, as each comment says.
"""

from __future__ import annotations

import re

# Lemmas of verbs that report speech or a figure. "point" only with the particle "out".
SAY_VERBS = frozenset({
    "say", "tell", "confirm", "estimate", "report", "claim", "cite", "state", "note", "warn",
    "add", "announce", "reveal", "write", "insist", "emphasize", "emphasise", "stress", "assert",
    "acknowledge", "admit", "explain", "argue", "declare", "believe", "point", "tweet", "post",
    "accuse", "describe", "call", "urge", "suggest", "allege", "testify", "brief", "predict",
    "calculate", "count", "record", "document", "assess", "caution", "underline", "highlight",
    "maintain", "contend", "ask", "reply", "respond", "interpret", "label", "dismiss", "forecast",
    "term", "brand", "quote", "concede", "remark", "recall", "observe", "conclude", "hail",
    "inquire", "enquire", "deny", "project", "propose", "recommend", "tally",
})  # fmt: skip
# Verbs that report speech only when someone who can speak performs them: "the General Staff
# indicated that 300 tanks ...", "he indicated that ..."; not "the signs indicate that ...".
AGENT_SAY_VERBS = frozenset({"indicate"})
# Reporting verbs that take only words, never a thing, as what they report: hung as a relative
# clause on a quoted noun ("an “instant decision” she said, ...") they report that noun.
WORDS_ONLY_VERBS = frozenset({
    "say", "add", "admit", "recall", "insist", "concede", "claim", "explain", "write",
})  # fmt: skip
# Verbs that report speech only next to a quotation ("“...,” he continued", "“...,” reads the
# statement"), never for a number ("shelling continued", "the sign reads 40").
QUOTE_ONLY_VERBS = frozenset({
    "continue", "go", "plead", "joke", "shout", "scream", "whisper", "recount", "read", "refer",
    "quip", "exclaim", "retort", "muse", "wonder", "demand", "thunder", "complain", "boast",
    "think", "reckon", "chime", "laugh", "sigh", "reflect", "predict", "conclude", "explain",
    "promise", "vow", "pledge",  # what someone will do, not a figure they report
    # stances taken in words: "condemned the “appalling” attack", "expressed “deep concern”"
    "condemn", "denounce", "criticise", "criticize", "praise", "welcome", "express", "voice",
    "decry", "lament", "slam", "blast", "applaud", "threaten", "speak", "appeal", "mock",
    "mourn", "sob", "weep",  # grief in words: "“I have nothing left,” mourned Ana Diaz"
    "comment",  # "X commented: “...”", never "declined to comment" on a figure
    "mention", "advise",  # "the statement mentioned the “...”", "the memo advises ... “...”"
})  # fmt: skip
# Verbs that give a figure as a source's expectation, never speech: "The bank fears that 1
# million people could ...", "the ministry expects 300 ..." (for figures only, not quotations).
FIGURE_VERBS = frozenset({"fear", "expect", "anticipate"})
# Verbs that give a figure as their subject's word through an "of" phrase holding it: "witnesses
# spoke of as many as 50 dead", "officials talked of 300 missing" (for figures only).
SPEAK_OF_VERBS = frozenset({"speak", "talk"})
# Verbs (lemmas) of a news medium passing on what a source of its own said: "X said 14 died,
# Reuters reported" relays X, whose figure it stays.
RELAY_VERBS = frozenset({"report"})
# Verbs by which their subject sets one figure against another, each on its word: "Mr Lee
# compared the new cost with the £500m spent in 1991", "she contrasted 40% then with 12% now"
# (for figures only, and only with a subject of their own: not "sales rose 5%, compared with").
COMPARE_VERBS = frozenset({"compare", "contrast", "liken"})
# Verbs that give a figure as what their subject's watch found, never speech: "the military
# identified about 50 projectiles", "radar detected 12 drones" (for figures only).
DETECTION_VERBS = frozenset({"identify", "detect", "spot"})
# Verbs (lemmas) that give a figure as their subject's forecast or estimate, also in an absolute
# "with X -ing" clause the parser may misread as a noun phrase ("with the IMF forecasting a 3%
# contraction"): see ``forecast_clauses``.
FORECAST_VERBS = frozenset({
    "forecast", "predict", "estimate", "project", "expect", "anticipate", "calculate",
})  # fmt: skip
# Verbs that put out a figure they take as object: "the ministry gave a toll of 38", "the UN
# released a tally of 300" (for figures only: "gave a speech" reports nothing), or that move
# the one they gave before: "the army raised the toll to 90", "police revised their count".
TALLY_VERBS = frozenset({
    "give", "release", "issue", "publish", "provide", "revise", "raise", "lower", "update",
    "increase", "adjust", "bring", "lift", "cut", "reduce", "correct",
})  # fmt: skip
TALLY_NOUNS = frozenset({"toll", "tally", "figure", "estimate", "count"})
# Verbs that give a figure as their subject's word only inside a finite clause they govern:
# "the minister pledged that the city would plant 40,000 trees", "the panel found that 3
# million ...", never as their object or infinitive ("pledged $5bn", "vowed to send 300 troops",
# "police found 30 bodies"); "the court ruled that the 15% levy was unlawful": a ruling body's
# finding. Not speech otherwise: the quotes and figure rules ignore them.
CLAUSE_CUE_VERBS = frozenset({"promise", "vow", "pledge", "find", "rule"})
# Reporting verbs the parser misreads as plural nouns ("..., the research notes.", "which War
# Watch notes was ..."); only forms with no common noun reading ("states", "claims" have one).
MISREAD_CUES = frozenset({
    "says", "adds", "notes", "warns", "writes", "argues", "insists", "explains", "stresses",
    "concludes", "observes", "suggests", "believes", "tells", "asks", "admits", "acknowledges",
    "predicts", "cautions", "contends", "maintains",
})  # fmt: skip
# Verbs whose figure is only a source's word when it sits in a clause they report ("she added
# that 300 ..."), not when it is their object: "firms added 100,000 jobs", "he wrote 12 books".
CLAUSE_ONLY_VERBS = frozenset({
    "add", "post", "write", "call", "label", "brand", "term", "project", "deny",
})  # fmt: skip
# Reporting verbs whose object is whom they address, not what they report: "Norway tells 2
# million households how to ..." (the households are the outlet's figure).
ADDRESSEE_VERBS = frozenset({
    "tell", "ask", "urge", "brief", "warn", "inform", "advise", "instruct", "remind", "order",
})  # fmt: skip
# Verbs (lemmas) of the writer talking to someone, whom "to"/"with" names ("I spoke to the
# coach, X", "we talked with the minister"); whoever they name answers in the quote after.
CONSULT_VERBS = frozenset({"speak", "talk", "chat"})
# Verbs (lemmas) of the writer putting questions to their object ("we asked the minister, X",
# "I interviewed the head teacher").
QUESTION_VERBS = frozenset({"ask", "interview", "question"})
# Clauses and phrases set beside a reporting verb that say when or why, not what was reported:
# "accused Russia of X, after strikes that killed 23", "accuses Y as supply drops by half".
BACKGROUND_WORDS = frozenset({
    "as", "after", "before", "when", "while", "since", "because", "until", "once", "following",
    "amid", "during", "despite",
})  # fmt: skip
# Verbs that report a figure when their subject is a report, a study or data: "central bank data
# shows", "a study by X found", "figures published on Monday indicate".
EVIDENCE_VERBS = frozenset({
    "show", "find", "indicate", "suggest", "reveal", "put", "estimate", "conclude", "say",
    "state", "report", "confirm", "predict", "forecast", "project", "highlight", "note", "warn",
    "record", "document", "count", "calculate",
})  # fmt: skip
# Verbs (lemmas) by which a report presents what it found ("the figures show", "the data
# suggests", "the survey found"): a report noun with no owner as their subject is no source.
FINDING_VERBS = frozenset({
    "show", "find", "suggest", "indicate", "reveal", "conclude", "prove", "demonstrate",
})  # fmt: skip
# Verbs (lemmas) that gather figures: their "by" agent is the source ("cases whose details were
# collected by X", "deaths compiled by X"); never without "by".
GATHER_VERBS = frozenset({
    "collect", "compile", "gather", "verify", "register", "log", "tally", "track", "monitor",
})  # fmt: skip
# Nouns (lemmas) whose source is named beside them: "reports from X", "a study by X", "an email
# from X", "the ministry's figures", "central bank data", "X's announcement that ...".
REPORT_NOUNS = frozenset({
    "report", "estimate", "figure", "data", "assessment", "statement", "intelligence", "count",
    "study", "survey", "analysis", "poll", "research", "projection", "forecast", "census",
    "statistic", "record", "review", "audit", "paper", "investigation", "index", "email",
    "e-mail", "letter", "memo", "release", "document", "filing", "note", "tally", "update",
    "briefing", "bulletin", "model", "calculation", "finding", "summary", "claim", "tweet",
    "datum", "list", "website", "interview", "article", "column", "speech", "communique",
    "reporting", "announcement", "prediction", "warning", "information", "timeline",
    "scenario", "message", "fax", "telegram", "editorial",
})  # fmt: skip
# Nouns of what is put up on a body's own page or channel, besides the report nouns: "a post
# on the ministry's Telegram channel said ...".
POSTING_NOUNS = frozenset({"post", "notice"})
# Nouns of a body's own page or channel: "on the army's website", "on the police website".
OWN_OUTLETS = frozenset({"website", "site", "page", "channel", "account", "feed", "handle"})
# Platforms named before a body's channel: "its Telegram channel" names no owner.
PLATFORMS = frozenset({
    "telegram", "facebook", "twitter", "x", "instagram", "youtube", "whatsapp", "web", "official",
})  # fmt: skip
# Adjectives that say when or how final a report is, never whose: "initial military reports",
# "preliminary police figures", "the latest army data" (lemmas: "latest" is "late").
REPORT_STAGE_ADJECTIVES = frozenset({
    "initial", "preliminary", "early", "late", "last", "first", "final", "new", "recent",
    "updated", "provisional", "interim", "partial", "fresh", "previous", "current", "daily",
    "weekly", "monthly", "annual", "quarterly", "unconfirmed",
})  # fmt: skip
# Places and facilities that readings come "from" without owning or issuing them: "data from
# the gas transfer station in X", "figures from a monitoring post", "data from the port of Y".
FACILITY_NOUNS = frozenset({
    "station", "port", "crossing", "post", "checkpoint", "terminal", "airport", "border",
    "pipeline", "plant", "site", "hub", "gauge", "sensor", "buoy", "substation", "reactor",
    "interconnector", "field", "mine", "well", "harbour", "harbor", "dam", "reservoir",
})  # fmt: skip
# Institutions that own a report without a proper name: "central bank data", "police figures".
BODY_NOUNS = frozenset({
    "bank", "ministry", "government", "police", "army", "military", "agency", "office",
    "institute", "university", "department", "council", "commission", "committee", "court",
    "company", "firm", "service", "authority", "regulator", "union", "federation", "association",
    "organisation", "organization", "bureau", "board", "parliament", "senate", "congress",
    "treasury", "fund", "watchdog", "coalition", "campaign", "charity", "hospital", "school",
    "centre", "center", "foundation",
})  # fmt: skip
# Groups that "they" may stand for: "Aslin's family asked for privacy. “...,” they said."
COLLECTIVE_NOUNS = frozenset({
    "family", "team", "couple", "crew", "staff", "group", "club", "band", "public", "party",
    "side", "delegation", "panel", "jury", "management", "leadership", "opposition",
})  # fmt: skip
# People described by their role ("a senior official", "the governor"): a source without a name.
OFFICIAL_NOUNS = frozenset({
    "official", "source", "spokesperson", "spokesman", "spokeswoman", "aide", "adviser",
    "advisor", "diplomat", "commander", "officer", "analyst", "expert", "minister", "envoy",
    "representative", "insider", "general", "soldier", "witness", "resident", "governor",
    "mayor", "head", "chief", "leader", "observer", "person", "people", "researcher", "staff",
    "economist", "executive", "lawmaker", "legislator", "negotiator", "prosecutor", "judge",
    "doctor", "activist", "campaigner", "worker", "member", "employee", "lawyer", "scientist",
    "professor", "director", "manager", "chairman", "chairwoman", "president", "secretary",
    "correspondent", "journalist", "reporter", "columnist", "politician", "senator", "mp",
})  # fmt: skip
# Plural nouns for the members of an armed group: a name the article sets before one ("Boko
# Haram fighters", "the Shabaab militants") names the group, though the model tagged it a person
# (``people.group_names``).
GROUP_MEMBER_NOUNS = frozenset({
    "fighter", "militant", "insurgent", "jihadist", "extremist", "terrorist", "gunman",
    "rebel", "member",
})  # fmt: skip
# Posts a bare "the <post> said" uses to refer back to whoever was last named as a speaker,
# whatever their title ("Dak Deng, commissioner for Nasir, said ... the official said").
ANAPHORIC_POSTS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson"})
# Roles that mean nothing without the body they head: "the head of the regional
# administration" is the source, not "head".
HEAD_NOUNS = frozenset({
    "head", "chief", "director", "chair", "chairman", "chairwoman", "leader", "commander",
})  # fmt: skip
# Heads that name a part of a group the "of" after them names, and nothing without it: "members
# of anti-junta militias", "one of these sources", "some of the residents" (lemmas; a number
# heads such a phrase too).
PART_OF_NOUNS = frozenset({
    "member", "one", "some", "several", "many", "most", "few", "none", "each", "all", "part",
})  # fmt: skip
# People whose post is to speak for someone: "a spokesperson from Acme" speaks for Acme.
SPOKESPERSON_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative"})
# Unnamed holders of a post in a body, whom a phrase after them names by that body, their only
# name: "a spokesman of the rebel alliance", "an official of the ruling party", "a commander
# in a pro-government militia" (lemmas).
POST_NOUNS = SPOKESPERSON_NOUNS | HEAD_NOUNS | {
    "official", "officer", "aide", "adviser", "advisor", "envoy", "negotiator",
}  # fmt: skip
# Role nouns that bring in a source of their own ("the spokesman said"), never a person the
# article has just named (as "the British number one said" may).
NEW_SOURCE_NOUNS = frozenset({
    "official", "source", "spokesperson", "spokesman", "spokeswoman", "aide", "insider",
    "diplomat", "witness", "resident", "person", "representative", "interpreter", "statement",
    "report", "analyst", "expert", "observer", "spokesmen",
})  # fmt: skip
# Titles that introduce a name ("Ukraine's president, Volodymyr Zelenskiy").
TITLE_NOUNS = frozenset({
    "president", "minister", "secretary", "chancellor", "negotiator", "ambassador", "premier",
    "prosecutor", "director", "chairman", "chairwoman", "ombudsman", "mp", "senator",
})  # fmt: skip
# Gendered role nouns: a described antecedent of "he" or "she".
MASCULINE_NOUNS = frozenset({"spokesman", "chairman", "man", "father", "husband", "son", "king"})
FEMININE_NOUNS = frozenset({
    "spokeswoman", "chairwoman", "woman", "mother", "wife", "daughter", "queen",
})  # fmt: skip
MEDIA = frozenset({
    "politico", "reuters", "ap", "associated press", "afp", "cnn", "bbc", "bbc news",
    "the guardian", "guardian", "the independent", "independent", "kyiv independent",
    "the kyiv independent",
    "tass", "ria novosti", "interfax", "the new york times", "new york times", "the times",
    "the washington post", "washington post", "bloomberg", "al jazeera", "the wall street journal",
    "wall street journal", "financial times", "the economist", "sky news", "nbc", "cbs", "abc",
    "fox news", "yonhap", "ukrainska pravda", "meduza", "the kyiv post", "kyiv post", "media",
})  # fmt: skip
# Last words that make a capitalised name a news outlet's: "the Springfield Gazette", "The
# Associated Press", "Korea Daily" (lowercase).
MEDIA_HEADS = frozenset({
    "gazette", "times", "post", "herald", "tribune", "journal", "chronicle", "telegraph",
    "courier", "news", "press", "daily", "magazine", "newspaper", "radio", "television", "tv",
    "broadcaster", "newswire",
})  # fmt: skip
# A journalist of an outlet: "a Reuters reporter" speaks as the outlet (kind media).
JOURNALIST_NOUNS = frozenset({"reporter", "correspondent", "journalist", "editor", "columnist"})
SOURCE_NOUN = "source"  # "sources said": several sources, named or not
# Nouns for words someone said, that a phrase quoted under them comes from: "his warning of “a
# long war”", "her call for “calm”" (lemmas).
SPEECH_NOUNS = frozenset({
    "warning", "call", "claim", "promise", "pledge", "appeal", "statement", "remark", "comment",
    "accusation", "threat", "vow", "demand", "description", "criticism", "praise", "speech",
    "address", "interview", "tweet", "post", "letter", "plea", "words",
})  # fmt: skip
# Verbs (lemmas) of replying: what they report is the clause they take ("replied that 40 ..."),
# never what they act on or how ("responded to 81 questions", "forces responded effectively").
REPLY_VERBS = frozenset({"respond", "reply", "answer"})
# Verbs (lemmas) that answer someone's words when their object is a speech noun ("rejected his
# comments", "dismissed the criticism"): the answer is the latest speech in its sentence.
ANSWER_VERBS = frozenset({
    "reject", "dismiss", "rebut", "deny", "refute", "dispute", "contest", "counter", "contradict",
})  # fmt: skip
# What such a verb answers, besides the speech nouns: "denied the allegations".
ANSWERED_NOUNS = SPEECH_NOUNS | frozenset({
    "allegation", "suggestion", "charge", "assertion", "argument", "complaint",
})  # fmt: skip
# Verbs that assign a name or a status rather than report words: "labelled the group a “foreign
# agent”", "designated it a “terrorist organisation”" (lemmas).
NAMING_VERBS = frozenset({
    "label", "brand", "term", "dub", "designate", "list", "classify", "nickname",
})  # fmt: skip
# Verbs that give a described person's name "as" it, and the noun "name" itself: "a resident who
# asked to be identified as Rabe", "a woman who gave her name as Halima", "known as Baba Sule".
NAMED_AS_VERBS = frozenset({"identify", "know", "call", "name", "give"})
# "he was quoted as saying": the passive subject of these verbs is the speaker.
QUOTED_AS = frozenset({"quote", "cite"})
# Verbs whose object performs the participle after it: "heard the general saying", "quoted the
# senator saying", "found a note warning" (not "left the party saying": the leaver says it).
OBJECT_SAYS_VERBS = QUOTED_AS | frozenset({
    "hear", "overhear", "see", "watch", "catch", "film", "record", "show", "find", "picture",
    "depict", "spot", "notice", "publish", "release", "issue", "send", "post",
})  # fmt: skip
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
# "it said", "they said": what the pronoun stands for is the previous sentence's source.
THING_PRONOUNS = frozenset({"it", "they"})
NOT_SOURCES = frozenset({"it", "they", "this", "that", "which", "who", "these", "those", "we"})
# A sentence starting with one of these refers back to the figure before it.
ANAPHORIC_STARTS = ("this", "these", "that", "those", "the figure", "the figures", "the estimate")
BULLETS = ("-", "•", "*", "–", "—", "·")

# Nouns by which a sentence says a phrase it quotes is a term, not anybody's words: "using a
# term commonly used for jihadists", "a euphemism for the raids".
TERM_NOUNS = frozenset({"term", "phrase", "expression", "euphemism", "buzzword", "jargon"})
# Naming cues right before an opening quotation mark (only a determiner between): not speech.
NAMING_BEFORE = re.compile(
    # "known as", "known in Nigeria as", "known locally as"
    r"(?:\bcalled|\bdubbed|\bknown (?:[\w’'-]+ ){0,3}?as|\bso-called|\bnicknamed|\bnamed"
    r"|\bcode-?named|\btitled"
    r"|\bentitled|\breferred to as|\breferring to (?:\w+ )?as|\bterm(?:ed)?"
    # what Putin calls a "special military operation"; a plan which the minister called "..."
    r"|\b(?:what|which|that) (?!(?:is|was|were|are|be|been|has|had|have)\b)(?:[\w’']+ ){1,3}"
    r"call(?:s|ed)?)"
    r"(?:\s+(?:the|a|an|its|their|his|her))?\s*$",
    re.I,
)
# A cue right before a quotation makes it a full quote: 'He said “...”', 'told reporters “...”'.
FULL_CUE_BEFORE = re.compile(r"\b(said|says|stated|added|told \w+|wrote|asked|warned)$", re.I)
# Particles inside a person's name that the model may cut it at ("Ursula von der Leyen").
NAME_PARTICLES = frozenset({
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le",
    "al", "el", "bin", "ibn", "ter", "ten", "zu",
})  # fmt: skip
# Words that may stay lowercase inside a quoted name ("Institute for the Study of War").
NAME_SMALL_WORDS = frozenset({
    "of", "the", "and", "in", "for", "a", "an", "on", "to", "de", "or", "&",
})  # fmt: skip
